import { templateById } from '$lib/scanners/scanner-templates';

export function load({ url }) {
  return { template: templateById(url.searchParams.get('template')) };
}
