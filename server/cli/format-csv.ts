import { csvField } from '../../src-worker/export/csv-field.js';
import { columnNames, formatBarTime, type ScanReport } from './scan-report.js';

/**
 * The `--format csv` table: symbol, exchange, signal, barTime, then one column per metric,
 * numbers as their AddColumn format shows them (every digit with `fullPrecision`), text a
 * spreadsheet could run as a formula neutralised. Errors are not rows here; they go to stderr.
 * @example formatCsv(report) // 'symbol,exchange,signal,barTime,rsi\nINFY,NSE,BUY,2025-09-30,61.20\n'
 */
export function formatCsv({ results, interval, columnFormats }: ScanReport, { fullPrecision = false } = {}): string {
  const metrics = columnNames(results);
  const formats = metrics.map((name) => (fullPrecision ? null : (columnFormats[name] ?? '')));
  const lines = [['symbol', 'exchange', 'signal', 'barTime', ...metrics].map((header) => csvField(header)).join(',')];
  for (const row of results) {
    const fixed = [row.symbol, row.exchange, row.signal, formatBarTime(row.barTime, interval)].map((cell) =>
      csvField(cell)
    );
    lines.push([...fixed, ...metrics.map((name, i) => csvField(row.columns[name], formats[i]))].join(','));
  }
  return `${lines.join('\n')}\n`;
}
