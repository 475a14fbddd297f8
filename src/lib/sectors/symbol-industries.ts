import { z } from 'zod';
import { fetchPredefinedList, fetchPredefinedLists, type ListConstituents } from '$lib/services/lists.service';

/** A symbol to scan with its industry from the NSE list files (null when unknown). */
export interface ScanSymbol {
  symbol: string;
  exchange: string;
  industry: string | null;
}

/** Scan symbols as remembered in local storage; lists remembered before industries were kept read as unknown. */
const rememberedSymbolsSchema = z.array(
  z.object({ symbol: z.string(), exchange: z.string(), industry: z.string().nullable().default(null) })
);

/**
 * A list remembered for offline scans, or null when there is none or it cannot be read.
 * @example readRememberedSymbols('[{"symbol":"INFY","exchange":"NSE"}]') // [{ symbol: 'INFY', exchange: 'NSE', industry: null }]
 */
export function readRememberedSymbols(text: string | null): ScanSymbol[] | null {
  try {
    const parsed = rememberedSymbolsSchema.safeParse(JSON.parse(text ?? 'null'));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * A list's constituents as scan symbols; the list file's blank Industry is unknown.
 * @example constituentSymbols({ id: 'nifty50', name: 'NIFTY 50', symbols: [{ symbol: 'INFY', exchange: 'NSE', name: 'Infosys', industry: 'Information Technology' }] })
 */
export function constituentSymbols(list: ListConstituents): ScanSymbol[] {
  return list.symbols.map(({ symbol, exchange, industry }) => ({
    symbol,
    exchange,
    industry: industry.trim() || null
  }));
}

/**
 * How industries are looked up: trimmed and upper-cased, as the candle loader names symbols.
 * @example industryKey({ symbol: 'infy ', exchange: 'nse' }) // 'NSE:INFY'
 */
export const industryKey = ({ symbol, exchange }: { symbol: string; exchange: string }) =>
  `${exchange.trim().toUpperCase()}:${symbol.trim().toUpperCase()}`;

let widestList: Promise<Map<string, string | null>> | null = null;

/** The industries of the widest NSE list (the most constituents), fetched once per page. */
function listedIndustries(): Promise<Map<string, string | null>> {
  widestList ??= (async () => {
    const lists = await fetchPredefinedLists();
    const widest = lists.reduce<(typeof lists)[number] | null>(
      (best, list) => (best === null || list.count > best.count ? list : best),
      null
    );
    if (!widest) return new Map<string, string | null>();
    const symbols = constituentSymbols(await fetchPredefinedList(widest.id));
    return new Map(symbols.map((s) => [industryKey(s), s.industry]));
  })();
  // A failure (offline) is not remembered: the next scan asks again.
  widestList.catch(() => (widestList = null));
  return widestList;
}

/**
 * A watchlist's symbols with the industry the NSE list files give them; a symbol no list names, or
 * no list reachable (offline), has industry null, and the scan still runs.
 */
export async function withListedIndustries(
  symbols: readonly { symbol: string; exchange: string }[]
): Promise<ScanSymbol[]> {
  const industries = await listedIndustries().catch(() => new Map<string, string | null>());
  return symbols.map(({ symbol, exchange }) => ({
    symbol,
    exchange,
    industry: industries.get(industryKey({ symbol, exchange })) ?? null
  }));
}
