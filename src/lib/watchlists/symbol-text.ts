import { WELL_FORMED_SYMBOL } from '$engine/symbols/symbol-rules';
import type { SymbolRef } from './watchlist-model';

/** What a pasted text or an imported file held. */
export interface ParsedSymbols {
  symbols: SymbolRef[];
  /** How the text was read, for the message after an import. */
  format: 'csv' | 'text';
}

export const DEFAULT_EXCHANGE = 'NSE';

/** Exchanges and symbols as OpenAlgo spells them; anything else is still kept, to be flagged unknown. */
const WELL_FORMED_EXCHANGE = /^[A-Z][A-Z_]{1,15}$/;

/**
 * Whether a symbol could exist at all; one that cannot is marked unknown without asking OpenAlgo.
 * @example isWellFormed({ symbol: 'M&M', exchange: 'NSE' }) // true
 */
export const isWellFormed = ({ symbol, exchange }: SymbolRef) =>
  WELL_FORMED_SYMBOL.test(symbol) && WELL_FORMED_EXCHANGE.test(exchange);

/**
 * One token as a symbol: `NSE:RELIANCE` (TradingView style) or `RELIANCE` on the default exchange.
 * @example parseSymbolToken('bse:500325') // { symbol: '500325', exchange: 'BSE' }
 */
export function parseSymbolToken(token: string, defaultExchange = DEFAULT_EXCHANGE): SymbolRef | null {
  const cleaned = token
    .trim()
    .replace(/^["']+|["']+$/g, '')
    .trim();
  if (!cleaned) return null;
  const colon = cleaned.indexOf(':');
  if (colon < 0) return { symbol: cleaned.toUpperCase(), exchange: defaultExchange };
  const exchange = cleaned.slice(0, colon).trim().toUpperCase();
  const symbol = cleaned
    .slice(colon + 1)
    .trim()
    .toUpperCase();
  if (!symbol) return null;
  return { symbol, exchange: exchange || defaultExchange };
}

/**
 * Symbols separated by commas, semicolons, spaces or new lines, in order, each once. TradingView
 * section headers (`###Banks`) are skipped; everything else is kept, however odd, so it can be flagged.
 * @example parseSymbolList('NSE:RELIANCE, tcs\nINFY') // RELIANCE, TCS, INFY on NSE
 */
export function parseSymbolList(text: string, defaultExchange = DEFAULT_EXCHANGE): SymbolRef[] {
  const seen = new Set<string>();
  const symbols: SymbolRef[] = [];
  for (const token of text.replace(/^\uFEFF/, '').split(/[\s,;]+/)) {
    if (token.startsWith('###')) continue;
    const parsed = parseSymbolToken(token, defaultExchange);
    if (!parsed) continue;
    const key = `${parsed.exchange}:${parsed.symbol}`;
    if (seen.has(key)) continue;
    seen.add(key);
    symbols.push(parsed);
  }
  return symbols;
}

/**
 * CSV text as rows of cells; quoted cells may hold commas, quotes ("") and line breaks
 * (NSE's market-watch downloads put a line break inside the `"SYMBOL \n"` header).
 * @example parseCsv('a,"b, c"\n1,2') // [['a', 'b, c'], ['1', '2']]
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += char;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows.filter((cells) => cells.some((c) => c.trim() !== ''));
}

const columnName = (cell: string) => cell.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * The symbols in a file's text: a CSV with a `Symbol` column (NSE index lists; an `Exchange`
 * column is used when present), or else TradingView `NSE:RELIANCE` lines or one symbol per line.
 * @example parseSymbolFile('Company Name,Industry,Symbol\nInfosys Ltd.,IT,INFY').symbols // [{ symbol: 'INFY', exchange: 'NSE' }]
 */
export function parseSymbolFile(text: string, defaultExchange = DEFAULT_EXCHANGE): ParsedSymbols {
  const content = text.replace(/^\uFEFF/, '');
  const rows = parseCsv(content);
  const header = (rows[0] ?? []).map(columnName);
  const symbolColumn = header.indexOf('symbol');
  if (symbolColumn < 0) return { symbols: parseSymbolList(content, defaultExchange), format: 'text' };
  const exchangeColumn = header.indexOf('exchange');
  const cells = rows.slice(1).map((row) => {
    const exchange = exchangeColumn >= 0 ? row[exchangeColumn]?.trim() : '';
    const symbol = row[symbolColumn]?.trim() ?? '';
    return exchange ? `${exchange}:${symbol}` : symbol;
  });
  const symbols = cells
    .map((cell) => parseSymbolToken(cell, defaultExchange))
    .filter((s): s is SymbolRef => s !== null);
  const seen = new Set<string>();
  return {
    symbols: symbols.filter((s) => !seen.has(`${s.exchange}:${s.symbol}`) && seen.add(`${s.exchange}:${s.symbol}`)),
    format: 'csv'
  };
}
