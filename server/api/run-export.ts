import type { Run, RunError, RunResult } from '../store/index.js';

/** A spreadsheet runs a cell starting with one of these as a formula; such text gets a leading quote. */
const FORMULA_START = /^[=+\-@\t\r]/;

function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A run's results as CSV: symbol, exchange, signal, barTime (ISO), then one column per metric.
 * @example runResultsCsv(results) // 'symbol,exchange,signal,barTime,rsi\r\nINFY,NSE,BUY,2025-01-01T00:00:00.000Z,61.2\r\n'
 */
export function runResultsCsv(results: RunResult[]): string {
  const metrics = [...new Set(results.flatMap((r) => Object.keys(r.columns)))];
  const lines = [['symbol', 'exchange', 'signal', 'barTime', ...metrics].map(csvField).join(',')];
  for (const r of results) {
    const barTime = r.barTime === null ? null : new Date(r.barTime * 1000).toISOString();
    lines.push([r.symbol, r.exchange, r.signal, barTime, ...metrics.map((m) => r.columns[m])].map(csvField).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** The JSON export: the run, every result and every error. */
export const runExportJson = (run: Run, results: RunResult[], errors: RunError[]) => ({ run, results, errors });
