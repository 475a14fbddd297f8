import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const NSE_DIR = fileURLToPath(new URL('../data/nse/', import.meta.url));

/** The NSE index constituent lists FluxScan ships, as NSE publishes them. */
export const INDEX_LISTS = [
  { id: 'nifty50', name: 'NIFTY 50', file: 'ind_nifty50list.csv' },
  { id: 'nifty100', name: 'NIFTY 100', file: 'ind_nifty100list.csv' },
  { id: 'nifty200', name: 'NIFTY 200', file: 'ind_nifty200list.csv' },
  { id: 'nifty500', name: 'NIFTY 500', file: 'ind_nifty500list.csv' },
  { id: 'smallcap250', name: 'NIFTY SMALLCAP 250', file: 'ind_niftysmallcap250list.csv' },
  { id: 'totalmarket', name: 'NIFTY TOTAL MARKET', file: 'ind_niftytotalmarket_list.csv' }
] as const;

export type IndexListId = (typeof INDEX_LISTS)[number]['id'];

export interface IndexConstituent {
  symbol: string;
  exchange: 'NSE';
  name: string;
  industry: string;
}

/**
 * Reads an NSE index list CSV (`Company Name,Industry,Symbol,Series,ISIN Code`).
 * @example parseIndexCsv('Company Name,Industry,Symbol,Series,ISIN Code\nInfosys Ltd.,IT,INFY,EQ,INE009A01021')
 */
export function parseIndexCsv(text: string): IndexConstituent[] {
  const [header, ...rows] = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  const columns = header.split(',').map((c) => c.trim());
  const at = (name: string) => columns.indexOf(name);
  const [name, industry, symbol] = [at('Company Name'), at('Industry'), at('Symbol')];
  if (symbol < 0) throw new Error('an NSE index list needs a Symbol column');
  return rows.map((row) => {
    const cells = row.split(',');
    return {
      symbol: cells[symbol].trim(),
      exchange: 'NSE',
      name: cells[name]?.trim() ?? '',
      industry: cells[industry]?.trim() ?? ''
    };
  });
}

const loaded = new Map<IndexListId, Promise<IndexConstituent[]>>();

/** One shipped index list's constituents, read once. */
export function loadIndexList(id: IndexListId): Promise<IndexConstituent[]> {
  const list = INDEX_LISTS.find((l) => l.id === id)!;
  if (!loaded.has(id)) loaded.set(id, readFile(`${NSE_DIR}${list.file}`, 'utf8').then(parseIndexCsv));
  return loaded.get(id)!;
}
