import type { PackedCandles } from '../candles/packed.js';
import type { Validation } from '../contract/validate-scanner.js';
import type { ParameterValues } from '../contract/parameters.js';
import type { SandboxLimits } from '../sandbox/limits.js';
import type { SymbolOutcome } from '../sandbox/outcome.js';

/**
 * Bar times (epoch seconds, inclusive) a backtest evaluates: every bar t of a
 * symbol in the window, each seeing bars 0…t of what was sent.
 */
export interface ReplayWindow {
  fromTime: number;
  toTime: number;
}

/** A scanner job as every worker receives it once per scan. */
export interface ScanJob {
  scanId: string;
  source: string;
  /** Parameter overrides; validated against the scanner's declarations in the worker. */
  params: Record<string, unknown>;
  limits: SandboxLimits;
  /** Set for a backtest: one outcome per evaluated bar instead of one per symbol. */
  replay?: ReplayWindow;
}

/** One symbol in a batch; `candles.packed` is transferred, not copied. */
export interface BatchTask {
  symbol: string;
  exchange: string;
  interval: string;
  candles: PackedCandles;
  /** The symbol's industry from the NSE list files; null or absent when unknown. */
  industry?: string | null;
  /** The scan's benchmark index candles (the same for every symbol); absent when there is none. */
  benchmark?: PackedCandles | null;
}

export type PrepareResult = { ok: true; params: ParameterValues } | { error: string; validation: Validation | null };

/**
 * The engine worker's whole API: the typed message map used as the Comlink
 * proxy's type in the browser and in Node.
 */
export interface EngineWorkerApi {
  /** Compiles the scanner and resolves its parameters for the scans that follow. */
  prepare(job: ScanJob): Promise<PrepareResult>;
  /** Runs the prepared scanner of `scanId` over a batch of symbols (every bar in the window for a replay job). */
  runBatch(scanId: string, tasks: BatchTask[]): Promise<SymbolOutcome[]>;
  /** Validates scanner source without running it on data. */
  validate(source: string): Promise<Validation>;
  /** Forgets a finished scan. */
  release(scanId: string): Promise<void>;
}
