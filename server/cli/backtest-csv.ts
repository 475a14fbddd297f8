import type { Cell } from '../../src-worker/sandbox/outcome.js';
import type { BacktestReport } from './backtest-report.js';
import { formatBarTime } from './scan-report.js';

/**
 * The `--format csv` table: one row per event — symbol, bar, signal, entry, then
 * return/MFE/MAE per horizon (in %), then the scanner's columns. Errors go to stderr.
 */
export function formatBacktestCsv({ events, horizons, interval }: BacktestReport): string {
  const metrics = [...new Set(events.flatMap((event) => Object.keys(event.columns)))];
  const perHorizon = horizons.flatMap((h) => [`return${h}`, `mfe${h}`, `mae${h}`]);
  const lines = [['symbol', 'barTime', 'signal', 'entry', ...perHorizon, ...metrics].map(quote).join(',')];
  for (const event of events) {
    const figures = horizons.flatMap((h) => [event.returns[h], event.mfe[h], event.mae[h]]);
    const cells = [
      event.symbol,
      formatBarTime(event.barTime, interval),
      event.signal,
      event.entry,
      ...figures,
      ...metrics.map((name) => event.columns[name])
    ];
    lines.push(cells.map((cell) => quote(text(cell))).join(','));
  }
  return `${lines.join('\n')}\n`;
}

const text = (value: Cell | undefined): string => (value === null || value === undefined ? '' : String(value));

/** RFC 4180: quote a field holding a comma, quote or line break, doubling its quotes. */
function quote(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}
