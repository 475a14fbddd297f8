import { REQUEST_SCHEMAS, VALID_EXCHANGES, type OpenAlgoClient, type OpenAlgoError } from '../openalgo/index.js';

export interface SymbolToValidate {
  symbol: string;
  exchange: string;
}

export interface SymbolValidation {
  symbol: string;
  exchange: string;
  status: 'valid' | 'unknown';
  /** The instrument's name, when OpenAlgo knows the symbol. */
  name?: string;
}

export interface ValidateOptions {
  client: OpenAlgoClient;
  /** Lookups in flight at once; the client's throttle still paces what reaches OpenAlgo. */
  concurrency: number;
  /** Stops starting new lookups, e.g. when the browser has gone away. */
  signal?: AbortSignal;
}

/** Failures that say "no such symbol" rather than "could not ask". */
const UNKNOWN_KINDS = new Set(['not-found', 'invalid-request']);
const EXCHANGES: ReadonlySet<string> = new Set(VALID_EXCHANGES);

const keyOf = ({ symbol, exchange }: SymbolToValidate) => `${exchange.toUpperCase()}:${symbol.toUpperCase()}`;

/** A symbol OpenAlgo would refuse to look up is unknown without asking. */
const isAskable = (item: SymbolToValidate) =>
  EXCHANGES.has(item.exchange.toUpperCase()) &&
  REQUEST_SCHEMAS.symbol.safeParse({ symbol: item.symbol, exchange: item.exchange.toUpperCase() }).success;

/**
 * Looks every symbol up with OpenAlgo's `symbol` endpoint, a few at a time, each distinct symbol once.
 * Answers in input order; an upstream failure (unreachable, auth…) ends the run as `{error}`, since a
 * symbol that could not be checked is not unknown.
 * @example await validateSymbols([{ symbol: 'SBIN', exchange: 'NSE' }], { client, concurrency: 4 }) // { data: [{ …, status: 'valid', name: 'State Bank of India' }] }
 */
export async function validateSymbols(
  symbols: SymbolToValidate[],
  { client, concurrency, signal }: ValidateOptions
): Promise<{ data: SymbolValidation[] } | { error: OpenAlgoError }> {
  const distinct = [...new Map(symbols.map((item) => [keyOf(item), item])).values()];
  const found = new Map<string, { name: string } | null>();
  const queue = distinct.filter((item) => {
    if (isAskable(item)) return true;
    found.set(keyOf(item), null);
    return false;
  });
  let failure: OpenAlgoError | null = null;

  const work = async () => {
    for (let item = queue.shift(); item && !failure && !signal?.aborted; item = queue.shift()) {
      const result = await client.symbol(
        { symbol: item.symbol, exchange: item.exchange.toUpperCase() as never },
        { caller: 'symbol-validation' }
      );
      if ('data' in result) found.set(keyOf(item), { name: result.data.name });
      else if (UNKNOWN_KINDS.has(result.error.kind)) found.set(keyOf(item), null);
      else failure ??= result.error;
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, queue.length)) }, work));
  if (failure) return { error: failure };

  return {
    data: symbols.map(({ symbol, exchange }) => {
      const match = found.get(keyOf({ symbol, exchange }));
      return match ? { symbol, exchange, status: 'valid', name: match.name } : { symbol, exchange, status: 'unknown' };
    })
  };
}
