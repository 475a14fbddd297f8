import { getScanner } from '$lib/scanners/scanner-store';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ params }) => {
  return { scanner: await getScanner(params.id) };
};
