import { INDEX_LISTS, loadIndexList } from './index-lists.js';

let industries: Promise<Map<string, string>> | null = null;

/**
 * NSE symbol → Industry from every NSE index list FluxScan ships (the scanner's `industry`), read once.
 * @example (await loadNseIndustries()).get('INFY') // 'Information Technology'
 */
export function loadNseIndustries(): Promise<Map<string, string>> {
  industries ??= Promise.all(INDEX_LISTS.map((list) => loadIndexList(list.id))).then((lists) => {
    const map = new Map<string, string>();
    for (const { symbol, industry } of lists.flat())
      if (symbol && industry && !map.has(symbol)) map.set(symbol, industry);
    return map;
  });
  return industries;
}
