import type { ScanRow } from '../../../src-worker/pool/scan-types.js';

/** The Chartink alert body OpenAlgo's /chartink/webhook reads. */
export interface ChartinkBody {
  stocks: string;
  trigger_prices: string;
  triggered_at: string;
  scan_name: string;
  scan_url: string;
  alert_name: string;
}

/** The body OpenAlgo's /strategy/webhook reads: one symbol per call. */
export interface StrategyBody {
  symbol: string;
  action: 'BUY' | 'SELL';
  position_size: number;
}

const PRICE_COLUMNS = ['close', 'ltp', 'price', 'last'];

/**
 * The price a row triggered at: its close / ltp / price column when the scanner outputs one,
 * otherwise empty (FluxScan invents no price; OpenAlgo places market orders either way).
 * @example triggerPrice({ columns: { Close: 101.5 } }) // '101.5'
 */
export function triggerPrice(row: Pick<ScanRow, 'columns'> | undefined): string {
  if (!row) return '';
  const entry = Object.entries(row.columns).find(
    ([name, value]) => PRICE_COLUMNS.includes(name.toLowerCase()) && typeof value === 'number' && Number.isFinite(value)
  );
  return entry ? String(entry[1]) : '';
}

/** Chartink's own time format, in IST: "2:34 pm". */
export function chartinkTime(epochMs: number): string {
  return new Intl.DateTimeFormat('en-IN', {
    timeZone: 'Asia/Kolkata',
    hour: 'numeric',
    minute: '2-digit',
    hour12: true
  })
    .format(epochMs)
    .toLowerCase();
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * One Chartink body for all `symbols` (NSE symbols, as Chartink sends them).
 * @example chartinkBody({ symbols: ['SBIN'], rows, scanName: 'BUY Breakout', alertName: 'Breakout to OpenAlgo', at })
 */
export function chartinkBody(input: {
  symbols: string[];
  rows: readonly ScanRow[];
  scanName: string;
  alertName: string;
  at: number;
}): ChartinkBody {
  const bySymbol = new Map(input.rows.map((row) => [row.symbol, row]));
  return {
    stocks: input.symbols.join(','),
    trigger_prices: input.symbols.map((symbol) => triggerPrice(bySymbol.get(symbol))).join(','),
    triggered_at: chartinkTime(input.at),
    scan_name: input.scanName,
    scan_url: slug(input.scanName),
    alert_name: input.alertName
  };
}

/** One strategy body per symbol. */
export const strategyBodies = (symbols: string[], action: 'BUY' | 'SELL', positionSize: number): StrategyBody[] =>
  symbols.map((symbol) => ({ symbol, action, position_size: positionSize }));
