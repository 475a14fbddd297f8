import type { BatchTask, ReplayWindow } from '../engine/engine-api.js';
import type { ParameterValues } from '../contract/parameters.js';
import type { SandboxLimits } from '../sandbox/limits.js';
import type { Cell } from '../sandbox/outcome.js';

/** A matched symbol: the row a results table shows. */
export interface ScanRow {
  symbol: string;
  exchange: string;
  signal: string;
  columns: Record<string, Cell>;
  /** Epoch seconds of the bar the signal is on. */
  barTime: number | null;
}

/** A symbol that could not be scanned, with where in the scanner it failed. */
export interface ScanSymbolError {
  symbol: string;
  exchange: string;
  message: string;
  line: number | null;
  column: number | null;
}

export interface ScanProgress {
  done: number;
  /** Null while the total is not yet known (symbols still arriving). */
  total: number | null;
  currentSymbol: string | null;
  matches: number;
  errors: number;
  elapsedMs: number;
}

export interface ScanStats {
  symbols: number;
  matches: number;
  errors: number;
  workers: number;
  elapsedMs: number;
  symbolsPerSecond: number;
  p50SymbolMs: number;
  p99SymbolMs: number;
}

export interface ScanSummary {
  status: 'completed' | 'cancelled' | 'failed';
  /** Why a failed scan failed (e.g. a syntax error); per-symbol errors are in `errors`. */
  message: string | null;
  params: ParameterValues | null;
  rows: ScanRow[];
  errors: ScanSymbolError[];
  /** AddColumn formats by column name. */
  columnFormats: Record<string, string>;
  stats: ScanStats;
}

export interface ScanRequest {
  source: string;
  params?: Record<string, unknown>;
  limits?: Partial<SandboxLimits>;
  /** The symbols with their candles; may be async so loading overlaps computing. */
  symbols: Iterable<BatchTask> | AsyncIterable<BatchTask>;
  /** The symbol count when known up front, for progress. */
  total?: number;
  onProgress?: (progress: ScanProgress) => void;
  /** Rows and errors as soon as each batch finishes. */
  onPartial?: (rows: ScanRow[], errors: ScanSymbolError[]) => void;
  signal?: AbortSignal;
  /** Keep the N best-ranked matches (per bar in a replay) when the scanner sets Rank; overrides the header's `@top`. */
  top?: number;
  /** Replays every bar in the window (a backtest): outcomes, progress and stats count evaluated bars. */
  replay?: ReplayWindow;
}
