import { z } from 'zod';

/** Whether the user's OpenAlgo knows a symbol: checked and found, checked and not found, or not checked yet (offline). */
export type SymbolStatus = 'valid' | 'unknown' | 'unchecked';

export interface SymbolRef {
  symbol: string;
  exchange: string;
}

export interface WatchlistSymbol extends SymbolRef {
  status: SymbolStatus;
}

export interface Watchlist {
  id: string;
  name: string;
  symbols: WatchlistSymbol[];
  /** Epoch milliseconds. */
  createdAt: number;
  updatedAt: number;
  /** Where the list came from, e.g. 'predefined:nifty50'; null when built by hand. */
  source: string | null;
}

export const MAX_NAME_LENGTH = 80;

const watchlistSymbolSchema = z.object({
  symbol: z.string().min(1),
  exchange: z.string().min(1),
  status: z.enum(['valid', 'unknown', 'unchecked'])
});

export const watchlistSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  symbols: z.array(watchlistSymbolSchema),
  createdAt: z.number(),
  updatedAt: z.number(),
  source: z.string().nullable()
});

/** Why a watchlist change was refused. */
export type WatchlistErrorReason = 'name-invalid' | 'name-taken' | 'not-found';

export class WatchlistError extends Error {
  override readonly name = 'WatchlistError';
  constructor(
    readonly reason: WatchlistErrorReason,
    message: string
  ) {
    super(message);
  }
}

/**
 * A watchlist name as stored: trimmed, inner whitespace collapsed; throws a WatchlistError when unusable.
 * @example cleanWatchlistName('  My   swing  list ') // 'My swing list'
 */
export function cleanWatchlistName(name: string): string {
  const cleaned = name.replace(/\s+/g, ' ').trim();
  if (!cleaned) throw new WatchlistError('name-invalid', 'A watchlist needs a name.');
  if (cleaned.length > MAX_NAME_LENGTH)
    throw new WatchlistError('name-invalid', `A watchlist name can be at most ${MAX_NAME_LENGTH} characters.`);
  return cleaned;
}

/** The key that makes names unique regardless of case: 'nifty picks' and 'NIFTY Picks' clash. */
export const nameKeyOf = (name: string) => cleanWatchlistName(name).toLocaleLowerCase('en-US');

/**
 * The identity of a symbol in a list, case-insensitive.
 * @example symbolKey({ symbol: 'reliance', exchange: 'nse' }) // 'NSE:RELIANCE'
 */
export const symbolKey = ({ symbol, exchange }: SymbolRef) =>
  `${exchange.trim().toUpperCase()}:${symbol.trim().toUpperCase()}`;

/** A symbol as stored: trimmed and upper-cased, as exchanges spell them. */
const normaliseSymbol = ({ symbol, exchange }: SymbolRef): SymbolRef => ({
  symbol: symbol.trim().toUpperCase(),
  exchange: exchange.trim().toUpperCase()
});

/**
 * `existing` followed by every new symbol from `added`, each once (added ones default to 'unchecked').
 * Symbols already listed keep their place and status. Linear in both lists, so 2,000-symbol lists stay fast.
 * @example mergeSymbols([{ symbol: 'SBIN', exchange: 'NSE', status: 'valid' }], [{ symbol: 'sbin', exchange: 'NSE' }]).length // 1
 */
export function mergeSymbols(
  existing: WatchlistSymbol[],
  added: Array<SymbolRef & { status?: SymbolStatus }>
): WatchlistSymbol[] {
  const merged = new Map(existing.map((item) => [symbolKey(item), item]));
  for (const item of added) {
    const key = symbolKey(item);
    if (!item.symbol.trim() || !item.exchange.trim() || merged.has(key)) continue;
    merged.set(key, { ...normaliseSymbol(item), status: item.status ?? 'unchecked' });
  }
  return [...merged.values()];
}

/**
 * `existing` without the symbols in `removed` (case-insensitive).
 * @example withoutSymbols(list.symbols, [{ symbol: 'SBIN', exchange: 'NSE' }])
 */
export function withoutSymbols(existing: WatchlistSymbol[], removed: SymbolRef[]): WatchlistSymbol[] {
  const drop = new Set(removed.map(symbolKey));
  return existing.filter((item) => !drop.has(symbolKey(item)));
}

/**
 * `existing` with statuses replaced where `statuses` has an answer for the symbol.
 * @example withStatuses(list.symbols, [{ symbol: 'XYZ', exchange: 'NSE', status: 'unknown' }])
 */
export function withStatuses(
  existing: WatchlistSymbol[],
  statuses: Array<SymbolRef & { status: SymbolStatus }>
): WatchlistSymbol[] {
  const answers = new Map(statuses.map((item) => [symbolKey(item), item.status]));
  return existing.map((item) => {
    const status = answers.get(symbolKey(item));
    return status && status !== item.status ? { ...item, status } : item;
  });
}
