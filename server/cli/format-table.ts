import type { Cell } from '../../src-worker/sandbox/outcome.js';
import { columnNames, formatBarTime, type ScanReport } from './scan-report.js';

/**
 * The `--format table` view for people: an aligned table of matches (numbers
 * right-aligned, rounded by their AddColumn format), the errors, and a stats line.
 */
export function formatTable(report: ScanReport): string {
  const { results, errors, stats, columnFormats, interval } = report;
  const metrics = columnNames(results);
  const header = ['Symbol', 'Exchange', 'Signal', 'Bar', ...metrics];
  const body = results.map((row) => [
    row.symbol,
    row.exchange,
    row.signal,
    formatBarTime(row.barTime, interval),
    ...metrics.map((name) => cellText(row.columns[name], columnFormats[name]))
  ]);
  const numeric = header.map(
    (_, i) => i >= 4 && results.some((row) => typeof row.columns[metrics[i - 4]] === 'number')
  );
  const widths = header.map((title, i) => Math.max(title.length, ...body.map((cells) => cells[i].length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (numeric[i] ? cell.padStart(widths[i]) : cell.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  const out = results.length > 0 ? [line(header), ...body.map(line)] : ['No matches.'];
  if (errors.length > 0) {
    out.push('', `Errors (${errors.length}):`);
    for (const error of errors)
      out.push(`  ${error.symbol}: ${error.line === null ? '' : `line ${error.line}: `}${error.message}`);
  }
  const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
  out.push(
    '',
    `${count(stats.symbols, 'symbol')}, ${count(stats.matches, 'match', 'matches')}, ${count(stats.errors, 'error')} ` +
      `in ${Math.round(stats.elapsedMs)} ms on ${count(stats.workers, 'worker')}`
  );
  return `${out.join('\n')}\n`;
}

/** AddColumn's "1.2" style formats give the decimals; other numbers keep what is readable. */
function cellText(value: Cell | undefined, format: string | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'number') return String(value);
  const decimals = format ? /^\d*\.(\d+)$/.exec(format)?.[1] : undefined;
  if (decimals !== undefined) return value.toFixed(Number(decimals));
  if (Number.isInteger(value)) return String(value);
  return Math.abs(value) >= 1 ? value.toFixed(2) : String(Number(value.toPrecision(4)));
}
