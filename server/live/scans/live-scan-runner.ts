import { packCandles } from '../../../src-worker/candles/packed.js';
import { lastBars, type CandleColumns } from '../../../src-worker/candles/types.js';
import { istDateOf } from '../../../src-worker/calendar/index.js';
import type { BatchTask } from '../../../src-worker/engine/engine-api.js';
import type { ScanRow } from '../../../src-worker/pool/scan-types.js';
import type { EventBus } from '../../events/index.js';
import type { SharedScanPool } from '../../headless/index.js';
import type { Logger } from '../../http/logger.js';
import type { CandleCache } from '../../market/index.js';
import { backfillDay, LIVE_INTERVAL_MINUTES, type CandleBuilder } from '../candles/index.js';
import { instrumentKey } from '../stream/index.js';
import { diffRows } from './diff-rows.js';
import { earlierBars, liveCandles } from './live-candles.js';
import './live-scan-event.js';
import type { LiveScanRepository } from './live-scan-store.js';
import type { LiveScan, LiveScanResult } from './live-scan-types.js';

export interface LiveScanRunnerDeps {
  pool: SharedScanPool;
  cache: Pick<CandleCache, 'history'>;
  builder: CandleBuilder;
  repository: LiveScanRepository;
  bus: EventBus;
  marketNow: () => number;
  logger?: Logger;
}

export interface LiveScanRunnerState {
  /** Start of the last bar rescanned, epoch seconds. */
  lastBarTime: number | null;
  scanning: boolean;
  /** Bar closes folded into a later rescan because one was still running. */
  coalesced: number;
  /** Symbols without earlier bars from history, with the reason. */
  historyErrors: { symbol: string; exchange: string; message: string }[];
  rows: ScanRow[];
}

export interface LiveScanRunner {
  /** Back-fills today's bars from history and loads the earlier sessions'; bar closes before that wait for it. */
  prepare(): Promise<void>;
  /** A bar of this scan's interval closed: rescan now, or once the running rescan ends. */
  barClosed(barTime: number): void;
  state(): LiveScanRunnerState;
  /** The stream lost ticks (a reconnect): the next rescan first takes the missed minutes from history. */
  markGap(): void;
  /** Resolves when no rescan is running or queued. */
  idle(): Promise<void>;
  stop(): void;
}

/**
 * One live scan: on each bar close, its scanner over all its symbols in the shared engine pool
 * (earlier sessions from history + today's live bars), the diff against the previous bar, the
 * result stored for the day and published as a `live-scan` event. At most one rescan runs; bar
 * closes meanwhile collapse into one more rescan of the latest bar.
 */
export function createLiveScanRunner(
  deps: LiveScanRunnerDeps,
  scan: LiveScan,
  scanner: { source: string; lookback: number }
): LiveScanRunner {
  const minutes = LIVE_INTERVAL_MINUTES[scan.interval];
  const earlier = new Map<string, CandleColumns>();
  const state: LiveScanRunnerState = { lastBarTime: null, scanning: false, coalesced: 0, historyErrors: [], rows: [] };
  let prepared: Promise<void> | null = null;
  let queued: number | null = null;
  let foldedIntoNext = 0;
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  // The minute a scan joins is only partly seen live; so is the one after a reconnect.
  let gap = true;
  // One controller per rescan: the pool listens on its signal, so a shared one would gather listeners all day.
  let controller = new AbortController();

  async function rescan(barTime: number, coalesced: number) {
    const started = performance.now();
    if (gap) {
      // Once the partly seen minute has closed, history has it whole.
      gap = false;
      await backfillDay({
        cache: deps.cache,
        builder: deps.builder,
        instruments: scan.symbols,
        nowMs: deps.marketNow(),
        caller: `live:${scan.id}`
      });
    }
    const tasks: BatchTask[] = [];
    let noData = 0;
    for (const instrument of scan.symbols) {
      const key = instrumentKey(instrument);
      const candles = liveCandles(earlier.get(key) ?? emptyColumns, deps.builder, key, minutes, barTime);
      if (candles.time.length === 0) {
        noData++;
        continue;
      }
      tasks.push({
        symbol: instrument.symbol,
        exchange: instrument.exchange,
        interval: scan.interval,
        candles: packCandles(lastBars(candles, scanner.lookback))
      });
    }
    controller = new AbortController();
    const summary = await deps.pool.get().scan({
      source: scanner.source,
      params: scan.params,
      symbols: tasks,
      total: tasks.length,
      signal: controller.signal
    });
    if (stopped) return;
    const rows = [...summary.rows].sort((a, b) => a.symbol.localeCompare(b.symbol));
    const { entered, exited } = diffRows(state.rows, rows);
    state.rows = rows;
    state.lastBarTime = barTime;
    const result: LiveScanResult = {
      liveScanId: scan.id,
      day: istDateOf(barTime * 1000),
      barTime,
      entered,
      exited,
      rows,
      errors: summary.errors.length + noData,
      elapsedMs: performance.now() - started
    };
    deps.bus.publish('live-scan', {
      liveScanId: scan.id,
      barTime,
      entered,
      exited,
      rows,
      errors: result.errors,
      coalesced
    });
    await deps.repository.addResult(result);
  }

  function drain() {
    if (state.scanning || queued === null || stopped) return;
    const barTime = queued;
    const coalesced = foldedIntoNext;
    queued = null;
    foldedIntoNext = 0;
    state.scanning = true;
    running = (prepared ?? Promise.resolve())
      .then(() => rescan(barTime, coalesced))
      .catch((error: Error) => deps.logger?.error('live rescan failed', { liveScanId: scan.id, error: error.message }))
      .finally(() => {
        state.scanning = false;
        drain();
      });
  }

  return {
    prepare() {
      const now = deps.marketNow();
      const caller = `live:${scan.id}`;
      prepared ??= Promise.all([
        backfillDay({ cache: deps.cache, builder: deps.builder, instruments: scan.symbols, nowMs: now, caller }),
        ...scan.symbols.map(async (instrument) => {
          const bars = await earlierBars(deps.cache, instrument, scan.interval, scanner.lookback, now, caller);
          if ('error' in bars) state.historyErrors.push({ ...instrument, message: bars.error });
          else earlier.set(instrumentKey(instrument), bars.data);
        })
      ]).then(() => undefined);
      return prepared;
    },
    barClosed(barTime) {
      // A bar still waiting is replaced by the newer one: one rescan of the latest bar, never a pile.
      if (queued !== null) {
        state.coalesced++;
        foldedIntoNext++;
      }
      queued = barTime;
      drain();
    },
    state: () => ({ ...state, historyErrors: [...state.historyErrors] }),
    markGap: () => void (gap = true),
    async idle() {
      while (state.scanning || queued !== null) await running;
    },
    stop() {
      stopped = true;
      queued = null;
      controller.abort();
    }
  };
}

const emptyColumns: CandleColumns = {
  time: new Float64Array(0),
  open: new Float64Array(0),
  high: new Float64Array(0),
  low: new Float64Array(0),
  close: new Float64Array(0),
  volume: new Float64Array(0),
  oi: new Float64Array(0)
};
