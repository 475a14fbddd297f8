import { getScanner } from '$lib/scanners/scanner-store';

export async function load({ params }) {
  return { scanner: await getScanner(params.id) };
}
