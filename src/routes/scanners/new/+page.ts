import { templateById } from '$lib/scanners/scanner-templates';
import type { PageLoad } from './$types';

export const load: PageLoad = ({ url }) => {
  return { template: templateById(url.searchParams.get('template')) };
};
