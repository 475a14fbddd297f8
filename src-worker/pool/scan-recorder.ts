import type { ParameterValues } from '../contract/parameters.js';
import { parseScannerHeader } from '../contract/scanner-header.js';
import { hasRankScores, rankScanRows } from '../ranking/rank-scan-rows.js';
import type { SymbolOutcome } from '../sandbox/outcome.js';
import type { ScanProgress, ScanRequest, ScanRow, ScanSummary, ScanSymbolError } from './scan-types.js';

/** Collects a scan's outcomes, streams them to the caller, and computes its stats. */
export class ScanRecorder {
  private readonly rows: ScanRow[] = [];
  private readonly errors: ScanSymbolError[] = [];
  private readonly columnFormats: Record<string, string> = {};
  private readonly symbolTimes: number[] = [];
  private readonly startedAt = performance.now();
  private done = 0;
  private currentSymbol: string | null = null;

  constructor(
    private readonly request: ScanRequest,
    private readonly workers: number
  ) {}

  started(symbol: string): void {
    this.currentSymbol = symbol;
  }

  record(outcomes: SymbolOutcome[]): void {
    const rows: ScanRow[] = [];
    const errors: ScanSymbolError[] = [];
    for (const outcome of outcomes) {
      this.symbolTimes.push(outcome.elapsedMs);
      if (outcome.kind === 'error') {
        const { symbol, exchange, message, line, column } = outcome;
        errors.push({ symbol, exchange, message, line, column });
      } else if (outcome.match) {
        const { symbol, exchange, columns, barTime } = outcome;
        rows.push({ symbol, exchange, signal: outcome.signal ?? 'CUSTOM', columns, barTime });
        Object.assign(this.columnFormats, outcome.formats);
      }
    }
    this.done += outcomes.length;
    this.rows.push(...rows);
    this.errors.push(...errors);
    if (rows.length > 0 || errors.length > 0) this.request.onPartial?.(rows, errors);
    this.reportProgress();
  }

  progress(): ScanProgress {
    return {
      done: this.done,
      total: this.request.total ?? null,
      currentSymbol: this.currentSymbol,
      matches: this.rows.length,
      errors: this.errors.length,
      elapsedMs: performance.now() - this.startedAt
    };
  }

  reportProgress(): void {
    this.request.onProgress?.(this.progress());
  }

  finish(status: 'completed' | 'cancelled', params: ParameterValues | null): ScanSummary {
    this.reportProgress();
    return this.summary(status, null, params);
  }

  failed(message: string): ScanSummary {
    return this.summary('failed', message, null);
  }

  /** Ranked (cross-sectionally, per bar in a replay) when the scanner sets Rank; else by symbol. */
  private finalRows(): ScanRow[] {
    const rows = [...this.rows].sort(bySymbol);
    if (!hasRankScores(rows)) return rows;
    const header = parseScannerHeader(this.request.source);
    const top = this.request.top ?? ('data' in header ? header.data.top : undefined);
    return rankScanRows(rows, { top, perBar: this.request.replay !== undefined });
  }

  private summary(status: ScanSummary['status'], message: string | null, params: ParameterValues | null): ScanSummary {
    const elapsedMs = performance.now() - this.startedAt;
    const sorted = Float64Array.from(this.symbolTimes).sort();
    const percentile = (p: number) =>
      sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] : 0;
    return {
      status,
      message,
      params,
      // Completion order depends on timing; the summary does not.
      rows: this.finalRows(),
      errors: [...this.errors].sort(bySymbol),
      columnFormats: this.columnFormats,
      stats: {
        symbols: this.done,
        matches: this.rows.length,
        errors: this.errors.length,
        workers: this.workers,
        elapsedMs,
        symbolsPerSecond: elapsedMs > 0 ? (this.done / elapsedMs) * 1000 : 0,
        p50SymbolMs: percentile(0.5),
        p99SymbolMs: percentile(0.99)
      }
    };
  }
}

const bySymbol = (a: { symbol: string; exchange: string }, b: { symbol: string; exchange: string }) =>
  a.symbol < b.symbol ? -1 : a.symbol > b.symbol ? 1 : a.exchange < b.exchange ? -1 : a.exchange > b.exchange ? 1 : 0;
