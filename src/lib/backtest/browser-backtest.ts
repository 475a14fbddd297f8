import { runBacktest, type BacktestResult } from '$engine/backtest/run-backtest';
import type { IstDate } from '$engine/calendar';
import { packCandles, unpackCandles, type PackedCandles } from '$engine/candles/packed';
import type { CandleColumns } from '$engine/candles/types';
import type { BatchTask } from '$engine/engine/engine-api';
import { windowBars } from '$engine/engine/replay-window';
import type { SandboxLimits } from '$engine/sandbox/limits';
import { loadScanCandles, type SymbolRef } from '$lib/candles';
import { enginePool } from '$lib/services/engine-pool';
import { historyBarCount, signalWindow } from './backtest-range';
import type { BacktestError } from './backtest-record';
import { progressTracker, type BacktestProgress } from './backtest-progress';

export interface BrowserBacktestRequest {
  source: string;
  params: Record<string, unknown>;
  limits?: Partial<SandboxLimits>;
  symbols: SymbolRef[];
  interval: string;
  /** Bars each signal bar sees before `from` at least (the scanner's lookback). */
  lookback: number;
  from: IstDate;
  to: IstDate;
  horizons: number[];
  benchmark: SymbolRef | null;
  signal?: AbortSignal;
  onProgress?: (progress: BacktestProgress) => void;
  /** Market time, epoch ms; the wall clock by default. */
  now?: number;
}

export interface BrowserBacktestResult extends Omit<BacktestResult, 'errors'> {
  errors: BacktestError[];
}

/** The loaded history from `lookback` bars before the first bar in range through the newest bar. */
function fromLookback(candles: CandleColumns, fromTime: number, lookback: number): CandleColumns {
  let first = 0;
  while (first < candles.time.length && candles.time[first] < fromTime) first++;
  const start = Math.max(0, first - lookback);
  return Object.fromEntries(Object.entries(candles).map(([field, column]) => [field, column.subarray(start)])) as unknown as CandleColumns;
}

const cutPacked = (packed: PackedCandles, fromTime: number, lookback: number) => packCandles(fromLookback(unpackCandles(packed), fromTime, lookback));

/**
 * Runs a backtest in this browser's engine pool: each symbol's history comes from the candle
 * cache (fetching only what is missing) and is replayed bar by bar as it arrives. A symbol without
 * data is that symbol's `no data` error; the benchmark, when it cannot be loaded, is left out with
 * a note.
 */
export async function runBrowserBacktest(request: BrowserBacktestRequest): Promise<BrowserBacktestResult> {
  const now = request.now ?? Date.now();
  const { fromTime, toTime } = signalWindow(request.from, request.to);
  const lookbackBars = historyBarCount(request.interval, request.lookback, request.from, now);
  const load = (symbols: SymbolRef[], onStatus?: Parameters<typeof loadScanCandles>[0]['onStatus']) =>
    loadScanCandles({ symbols, interval: request.interval, lookbackBars, signal: request.signal, onStatus, now: () => now });

  const notes: string[] = [];
  let benchmark: CandleColumns | undefined;
  if (request.benchmark) {
    let failure = 'no data';
    for await (const task of load([request.benchmark], (status) => (failure = status.error ?? failure))) benchmark = unpackCandles(task.candles);
    if (!benchmark) notes.push(`benchmark ${request.benchmark.symbol}: ${failure}; no excess returns`);
  }

  const tracker = progressTracker(request.symbols.length);
  const dataErrors: BacktestError[] = [];
  const window = { fromTime, toTime };
  async function* tasks(): AsyncGenerator<BatchTask> {
    const onStatus: Parameters<typeof load>[1] = (status) => {
      if (status.state !== 'failed') return;
      tracker.failed();
      dataErrors.push({ symbol: status.symbol, exchange: status.exchange, message: `no data: ${status.error ?? 'unavailable'}`, line: null });
    };
    for await (const task of load(request.symbols, onStatus)) {
      const candles = cutPacked(task.candles, fromTime, request.lookback);
      const bars = windowBars(candles, window);
      tracker.loaded(Math.max(0, bars.to - bars.from + 1));
      yield { ...task, candles };
    }
  }

  const result = await runBacktest(enginePool(), {
    source: request.source,
    params: request.params,
    limits: request.limits,
    symbols: tasks(),
    fromTime,
    toTime,
    horizons: request.horizons,
    benchmark,
    signal: request.signal,
    onProgress: (progress) => request.onProgress?.(tracker.report(progress, dataErrors.length))
  });
  const errors = [...dataErrors, ...result.errors.map(({ symbol, exchange, message, line, bars }) => ({ symbol, exchange, message, line, bars }))];
  return {
    ...result,
    summary: { ...result.summary, notes: [...result.summary.notes, ...notes] },
    errors,
    stats: { ...result.stats, symbols: request.symbols.length, errors: result.stats.errors + dataErrors.length }
  };
}
