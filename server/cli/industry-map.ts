import { readFile } from 'node:fs/promises';
import { parseIndexCsv } from '../lists/index-lists.js';

/**
 * Symbol → industry from a file in NSE's index list format
 * (`Company Name,Industry,Symbol,Series,ISIN Code`), for the scanner's `industry`.
 * @example await readIndustryMap('server/data/nse/ind_nifty500list.csv') // { data: Map { 'INFY' => 'Information Technology', … } }
 */
export async function readIndustryMap(path: string): Promise<{ data: Map<string, string> } | { error: string }> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    return {
      error: `--industry-map: cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`
    };
  }
  const header = text
    .split(/\r?\n/, 1)[0]
    .split(',')
    .map((cell) => cell.trim());
  if (!header.includes('Symbol') || !header.includes('Industry')) {
    return { error: `--industry-map: ${path} needs Symbol and Industry columns (NSE index list format)` };
  }
  const industries = new Map<string, string>();
  for (const { symbol, industry } of parseIndexCsv(text)) if (symbol && industry) industries.set(symbol, industry);
  return { data: industries };
}
