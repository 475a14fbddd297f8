import type { IstDate } from '$engine/calendar';
import { packCandles } from '$engine/candles/packed';
import type { BatchTask } from '$engine/engine/engine-api';
import { indexedDbCandleStore, type CandleStore } from './candle-db';
import { candleKey, uniqueSymbols, type CandleRecord, type SymbolRef } from './candle-record';
import { createCompletionQueue } from './completion-queue';
import { QUOTES_BATCH_SIZE, updateFormingBars, type FormingBarUpdate } from './forming-bar';
import { taskWindow } from './history-depth';
import { refreshFromHistory } from './history-refresh';
import { createLoadProgress, type CandleLoadProgress } from './load-progress';
import { createMarketApi, type MarketApi } from './market-api';
import { loadOlderHistory } from './older-history';
import { planRefresh } from './refresh-plan';
import { symbolLoad, type SymbolDataStatus, type SymbolLoad } from './symbol-status';

export interface LoadScanCandlesOptions {
  symbols: SymbolRef[];
  interval: string;
  /** Bars each task carries: the newest ones for a scan; with `from`, this many before `from`. */
  lookbackBars: number;
  /**
   * For a backtest: the first date it replays. Each task then carries `lookbackBars` bars before `from`
   * and every bar from `from` through the newest. History older than the cache holds is fetched once
   * (progress phase `history`) and kept, so later loads fetch only the tail.
   */
  from?: IstDate;
  /** Called whenever the load's progress changes: its phase (`history` while older bars are fetched) and counts. */
  onProgress?: (progress: CandleLoadProgress) => void;
  /** Market time in epoch ms; the wall clock by default. */
  now?: () => number;
  /** Called once per requested symbol, just before its task (if any) is yielded. */
  onStatus?: (status: SymbolDataStatus) => void;
  signal?: AbortSignal;
  /** Requests in flight at once (the server throttles OpenAlgo anyway). */
  concurrency?: number;
  /** The cache; IndexedDB by default. */
  store?: CandleStore;
  /** The server API; same-origin fetch by default. */
  api?: MarketApi;
}

/** Symbols are read in groups this size: one IndexedDB read and at most one multiquotes call each. */
const READ_BATCH_SIZE = QUOTES_BATCH_SIZE;

const formingBarLoad = (update: FormingBarUpdate): SymbolLoad =>
  symbolLoad(
    update,
    update.record?.provenance.status === 'failed' ? 'stale' : 'refreshed',
    update.record,
    update.error
  );

/**
 * Candles for a scan, as engine tasks yielded the moment each symbol is ready: fresh cache first, then
 * whatever had to be fetched, a few requests at a time, while the scan already computes. Each requested
 * symbol gets exactly one `onStatus` call; a `failed` one yields no task. Once `signal` aborts or the
 * consumer stops iterating, nothing more is yielded or reported and no further request starts (the
 * signal also cancels those in flight). With `from` (a backtest), tasks reach back `lookbackBars` before
 * `from`, and history older than the cache holds is fetched once and kept.
 * @example for await (const task of loadScanCandles({ symbols, interval: 'D', lookbackBars: 250, onStatus })) tasks.push(task)
 * @example loadScanCandles({ symbols, interval: 'D', lookbackBars: 250, from: '2021-12-01' as IstDate, onProgress: (p) => (fetchingHistory = p.phase === 'history') })
 */
export async function* loadScanCandles(options: LoadScanCandlesOptions): AsyncGenerator<BatchTask, void, undefined> {
  const { interval, lookbackBars, from, onStatus, signal } = options;
  const need = { interval, lookbackBars, from };
  const dependencies = { api: options.api ?? createMarketApi(), store: options.store ?? indexedDbCandleStore, signal };
  const now = (options.now ?? Date.now)();
  const queue = createCompletionQueue<SymbolLoad[]>(options.concurrency ?? 4);
  const symbols = uniqueSymbols(options.symbols);
  const progress = createLoadProgress(symbols.length, options.onProgress);

  /** Queues a fetch for `count` symbols, counted in the progress while it is out. */
  function fetchFor(count: number, load: () => Promise<SymbolLoad[]>, history = false) {
    progress.waiting(count, history);
    queue.add(() => load().finally(() => progress.answered(count, history)));
  }

  function* settle(loads: SymbolLoad[]): Generator<BatchTask> {
    for (const { status, record } of loads) {
      if (signal?.aborted) return;
      onStatus?.(status);
      progress.settled();
      if (record)
        yield {
          symbol: record.symbol,
          exchange: record.exchange,
          interval,
          candles: packCandles(taskWindow(record, need))
        };
    }
  }

  try {
    for (let start = 0; start < symbols.length && !signal?.aborted; start += READ_BATCH_SIZE) {
      const refs = symbols.slice(start, start + READ_BATCH_SIZE);
      const records = await dependencies.store.readMany(refs.map((ref) => candleKey(ref, interval)));
      const formingOnly: CandleRecord[] = [];
      for (const [i, ref] of refs.entries()) {
        const record = records[i];
        const plan = planRefresh(record, need, now);
        // planRefresh answers 'fresh', 'forming-bar' and 'history' only for a cached record.
        if (plan.kind === 'fresh') yield* settle([symbolLoad(ref, 'cached', record!, null)]);
        else if (plan.kind === 'forming-bar') formingOnly.push(record!);
        else if (plan.kind === 'history')
          fetchFor(
            1,
            async () => [await loadOlderHistory(ref, record!, plan.startDate, need, dependencies, now)],
            true
          );
        else fetchFor(1, async () => [await refreshFromHistory(ref, interval, record, plan, dependencies, now)]);
      }
      if (formingOnly.length > 0)
        fetchFor(formingOnly.length, async () =>
          (await updateFormingBars(formingOnly, dependencies, now)).map(formingBarLoad)
        );
      yield* settle(queue.takeFinished().flat());
    }
    while (!signal?.aborted) {
      const loads = await queue.next();
      if (!loads) return;
      yield* settle(loads);
    }
  } finally {
    // A consumer that stops early (a cancelled scan) must not leave requests queued behind it.
    queue.discardWaiting();
  }
}
