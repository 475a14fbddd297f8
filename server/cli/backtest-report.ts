import type { BacktestResult } from '../../src-worker/backtest/run-backtest.js';
import type { BacktestEvent, BacktestSummary, HitsOnDay } from '../../src-worker/backtest/types.js';
import type { OutputFormat } from './run-options.js';
import type { CsvLoadError } from './csv-tasks.js';
import { formatBacktestCsv } from './backtest-csv.js';
import { formatBacktestTable } from './backtest-table.js';
import type { ReportError } from './scan-report.js';

/** Everything `fluxscan backtest` prints, whatever the format. */
export interface BacktestReport {
  events: Omit<BacktestEvent, 'exchange'>[];
  summary: BacktestSummary;
  hitsPerDay: HitsOnDay[];
  errors: ReportError[];
  stats: { symbols: number; evaluations: number; elapsedMs: number; evaluationsPerSecond: number };
  interval: string;
  horizons: number[];
  columnFormats: Record<string, string>;
}

/** Load failures and per-bar scanner failures (once per symbol and message) together, sorted by symbol. */
export function buildBacktestReport(
  result: BacktestResult,
  loadErrors: CsvLoadError[],
  symbols: number,
  interval: string,
  horizons: number[]
): BacktestReport {
  const errors: ReportError[] = [
    ...loadErrors.map(({ symbol, message }) => ({ symbol, message, line: null })),
    ...result.errors.map(({ symbol, message, line, bars }) => ({
      symbol,
      message: bars > 1 ? `${message} (on ${bars} bars)` : message,
      line
    }))
  ].sort((a, b) => (a.symbol < b.symbol ? -1 : a.symbol > b.symbol ? 1 : 0));
  const { evaluations, elapsedMs, evaluationsPerSecond } = result.stats;
  return {
    events: result.events.map(({ exchange: _exchange, ...event }) => event),
    summary: result.summary,
    hitsPerDay: result.hitsPerDay,
    errors,
    stats: { symbols, evaluations, elapsedMs, evaluationsPerSecond },
    interval,
    horizons,
    columnFormats: result.columnFormats
  };
}

/** The `--format json` document: events, summary, hitsPerDay, errors and stats. */
export function formatBacktestJson({ events, summary, hitsPerDay, errors, stats }: BacktestReport): string {
  return `${JSON.stringify({ events, summary, hitsPerDay, errors, stats }, null, 2)}\n`;
}

export const BACKTEST_FORMATTERS: Record<OutputFormat, (report: BacktestReport) => string> = {
  table: formatBacktestTable,
  json: formatBacktestJson,
  csv: formatBacktestCsv
};
