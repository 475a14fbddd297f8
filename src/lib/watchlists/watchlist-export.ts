import type { Watchlist, WatchlistSymbol } from './watchlist-model';

export type ExportFormat = 'csv' | 'tradingview';

/** A cell a spreadsheet could take for a formula (`=cmd|…`) is prefixed with an apostrophe. */
const csvCell = (value: string) => {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/**
 * The symbols as CSV with a header, which FluxScan (and spreadsheets) read back.
 * @example symbolsToCsv([{ symbol: 'SBIN', exchange: 'NSE', status: 'valid' }]) // 'Symbol,Exchange,Status\nSBIN,NSE,valid\n'
 */
export function symbolsToCsv(symbols: WatchlistSymbol[]): string {
  const lines = symbols.map((s) => [s.symbol, s.exchange, s.status].map(csvCell).join(','));
  return ['Symbol,Exchange,Status', ...lines].join('\n') + '\n';
}

/**
 * The symbols as a TradingView watchlist import: `EXCHANGE:SYMBOL`, comma-separated.
 * @example symbolsToTradingView([{ symbol: 'SBIN', exchange: 'NSE', status: 'valid' }]) // 'NSE:SBIN\n'
 */
export function symbolsToTradingView(symbols: WatchlistSymbol[]): string {
  return symbols.map((s) => `${s.exchange}:${s.symbol}`).join(',') + '\n';
}

/**
 * A file for the watchlist: its name made safe for file systems, and its contents.
 * @example exportWatchlist(list, 'csv') // { fileName: 'Breakouts.csv', text: 'Symbol,Exchange,Status\n…', mimeType: 'text/csv' }
 */
export function exportWatchlist(
  list: Watchlist,
  format: ExportFormat
): { fileName: string; text: string; mimeType: string } {
  const base = list.name.replace(/[^\p{L}\p{N} _.-]+/gu, '_').replace(/^[_. ]+|[_. ]+$/g, '') || 'watchlist';
  return format === 'csv'
    ? { fileName: `${base}.csv`, text: symbolsToCsv(list.symbols), mimeType: 'text/csv' }
    : { fileName: `${base}.txt`, text: symbolsToTradingView(list.symbols), mimeType: 'text/plain' };
}
