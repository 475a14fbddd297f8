import { redirect } from '@sveltejs/kit';

// Until the dashboard has its own page, the app opens on the scan screen.
export function load() {
  redirect(307, '/scan');
}
