import type { Cell } from '../../src-worker/sandbox/outcome.js';
import { columnNames, formatBarTime, type ScanReport } from './scan-report.js';

/**
 * The `--format csv` table: symbol, exchange, signal, barTime, then one column per
 * metric, values unrounded. Errors are not rows here; they go to stderr.
 * @example formatCsv(report) // 'symbol,exchange,signal,barTime,rsi\nINFY,NSE,BUY,2025-09-30,61.2\n'
 */
export function formatCsv({ results, interval }: ScanReport): string {
  const metrics = columnNames(results);
  const lines = [['symbol', 'exchange', 'signal', 'barTime', ...metrics].map(quote).join(',')];
  for (const row of results) {
    const fixed = [row.symbol, row.exchange, row.signal, formatBarTime(row.barTime, interval)];
    lines.push([...fixed, ...metrics.map((name) => cellText(row.columns[name]))].map(quote).join(','));
  }
  return `${lines.join('\n')}\n`;
}

function cellText(value: Cell | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

/** RFC 4180: quote a field holding a comma, quote or line break, doubling its quotes. */
function quote(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}
