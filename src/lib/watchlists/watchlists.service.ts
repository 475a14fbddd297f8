import { fetchPredefinedList } from '$lib/services/lists.service';
import { checkSymbols, VALIDATE_CHUNK } from './watchlist-api';
import { exportWatchlist, type ExportFormat } from './watchlist-export';
import { isWellFormed, parseSymbolFile, parseSymbolList } from './symbol-text';
import {
  addSymbols,
  createWatchlist,
  getWatchlist,
  listWatchlists,
  setSymbolStatuses,
  type SymbolRef,
  type SymbolStatus,
  type Watchlist
} from './watchlist-store';

/** What adding a batch of symbols did. */
export interface AddOutcome {
  /** Symbols read from the text or file. */
  read: number;
  /** New to the list (the rest were already in it). */
  added: number;
  /** Malformed ones, kept and flagged unknown. */
  malformed: number;
}

/** Malformed symbols are stored as unknown straight away: no exchange lists them. */
const withLocalStatus = (symbols: SymbolRef[]): Array<SymbolRef & { status?: SymbolStatus }> =>
  symbols.map((s) => (isWellFormed(s) ? s : { ...s, status: 'unknown' }));

async function addParsed(id: string, symbols: SymbolRef[]): Promise<AddOutcome> {
  const before = (await getWatchlist(id))?.symbols.length ?? 0;
  const after = await addSymbols(id, withLocalStatus(symbols));
  return {
    read: symbols.length,
    added: after.symbols.length - before,
    malformed: symbols.filter((s) => !isWellFormed(s)).length
  };
}

/**
 * Adds symbols typed or pasted as text: `RELIANCE, NSE:TCS BSE:500325` (default exchange NSE).
 * @example await addSymbolsFromText(id, 'NSE:RELIANCE\nTCS')
 */
export function addSymbolsFromText(id: string, text: string): Promise<AddOutcome> {
  return addParsed(id, parseSymbolList(text));
}

/** Adds the symbols in a CSV (with a Symbol column) or TXT (TradingView, one per line) file. */
export async function importSymbolFile(id: string, file: File): Promise<AddOutcome> {
  return addParsed(id, parseSymbolFile(await file.text()).symbols);
}

/** `base`, or `base (2)`, `base (3)`… whichever no watchlist has yet. */
async function freeName(base: string): Promise<string> {
  const taken = new Set((await listWatchlists()).map((l) => l.name.toLocaleLowerCase('en-US')));
  let name = base;
  for (let n = 2; taken.has(name.toLocaleLowerCase('en-US')); n++) name = `${base} (${n})`;
  return name;
}

/**
 * A new watchlist holding a predefined NSE index's constituents, named after the index.
 * @example await createFromPredefined('nifty50') // { name: 'NIFTY 50', symbols: [50 symbols], source: 'predefined:nifty50' }
 */
export async function createFromPredefined(listId: string): Promise<Watchlist> {
  const predefined = await fetchPredefinedList(listId);
  const symbols = predefined.symbols.map(({ symbol, exchange }) => ({ symbol, exchange }));
  return createWatchlist(await freeName(predefined.name), symbols, `predefined:${predefined.id}`);
}

export interface CheckProgress {
  done: number;
  total: number;
}

/**
 * Asks the server about every unchecked symbol, a chunk at a time, saving answers as they come.
 * Offline or when OpenAlgo cannot be reached, the rest stay 'unchecked' and the reason comes back.
 * @example await checkUncheckedSymbols(id, { onProgress: (p) => console.log(p.done, p.total) })
 */
export async function checkUncheckedSymbols(
  id: string,
  { onProgress, signal }: { onProgress?: (progress: CheckProgress) => void; signal?: AbortSignal } = {}
): Promise<{ unknown: number } | { error: string }> {
  const pending = (await getWatchlist(id))?.symbols.filter((s) => s.status === 'unchecked') ?? [];
  let unknown = 0;
  onProgress?.({ done: 0, total: pending.length });
  for (let start = 0; start < pending.length; start += VALIDATE_CHUNK) {
    if (signal?.aborted) return { error: 'Symbol check stopped.' };
    if (!navigator.onLine) return { error: 'Offline: symbols stay unchecked until FluxScan is back online.' };
    const chunk = pending.slice(start, start + VALIDATE_CHUNK).map(({ symbol, exchange }) => ({ symbol, exchange }));
    try {
      const results = await checkSymbols(chunk, signal);
      unknown += results.filter((r) => r.status === 'unknown').length;
      await setSymbolStatuses(id, results);
    } catch (error) {
      if (signal?.aborted) return { error: 'Symbol check stopped.' };
      return { error: `Symbols could not be checked: ${(error as Error).message}` };
    }
    onProgress?.({ done: Math.min(pending.length, start + VALIDATE_CHUNK), total: pending.length });
  }
  return { unknown };
}

/** Saves the watchlist as a CSV or TradingView TXT file through the browser's download. */
export function downloadWatchlist(list: Watchlist, format: ExportFormat): void {
  const { fileName, text, mimeType } = exportWatchlist(list, format);
  const url = URL.createObjectURL(new Blob([text], { type: `${mimeType};charset=utf-8` }));
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
