import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { latestCompletedSession, sessionSegments } from '../../src-worker/calendar/index.js';
import { createEventBus } from '../../server/events/index.js';
import { createSharedScanPool } from '../../server/headless/index.js';
import { loadIndexList } from '../../server/lists/index-lists.js';
import { createCandleBuilder } from '../../server/live/candles/index.js';
import { createLiveScans, type LiveScanEvent } from '../../server/live/scans/index.js';
import { createLiveStream } from '../../server/live/stream/index.js';
import { createCandleCache } from '../../server/market/index.js';
import { createOpenAlgoClient } from '../../server/openalgo/index.js';
import { startSimulator } from '../../server/simulator/index.js';
import { openStore, storePath } from '../../server/store/index.js';
import { failed, measured, type BenchResult } from './report.js';

const CLOSES = 32;
const GRACE_MS = 2_000;
const TARGET_P99_MS = { atMost: 1_000 };
const SCANNER = `/**
 * @interval 1m
 * @lookback 60
 */
Filter = last(close) > last(ta.EMA(close, 20)) && last(ta.RSI(close, 14)) > 50;
AddColumn('Close', last(close));
AddColumn('RSI', last(ta.RSI(close, 14)));
`;

export interface LiveScanFigures {
  symbols: number;
  closes: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  workers: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

/**
 * Candle close → `live-scan` event for NIFTY 500 on the simulator's stream: the simulated clock
 * crosses each minute's close plus the grace only once that minute's ticks are in, and the time
 * from then to the event (candles closed, 500 symbols rescanned in the shared pool, diffed,
 * published) is measured over 32 closes.
 */
export async function measureLiveScan({ scratchDirectory }: { scratchDirectory: string }): Promise<LiveScanFigures> {
  const dir = mkdtempSync(join(scratchDirectory, 'live-scan-'));
  const open = sessionSegments(latestCompletedSession(new Date()))[0].start;
  let marketNow = open + 60 * 60_000 - 1;
  const symbols = (await loadIndexList('nifty500')).map(({ symbol }) => ({ symbol, exchange: 'NSE' }));
  const simulator = await startSimulator({
    historySpacingMs: 0,
    rateLimitPerSecond: 10_000,
    stream: { clock: { now: () => new Date(marketNow) }, pumpIntervalMs: null }
  });
  const client = createOpenAlgoClient({
    host: simulator.url,
    apiKey: simulator.apiKey,
    source: 'simulator',
    historyRatePerSecond: 1_000,
    ratePerSecond: 1_000,
    retries: 0
  });
  const cache = createCandleCache({ directory: join(dir, 'candles'), client });
  const store = await openStore(storePath(dir));
  const pool = createSharedScanPool();
  const bus = createEventBus();
  const stream = createLiveStream({
    url: simulator.stream!.url,
    apiKey: simulator.apiKey,
    symbolsPerConnection: 500,
    stallMs: 600_000,
    marketNow: () => marketNow,
    isMarketOpen: () => true
  });
  const live = createLiveScans({
    store,
    cache,
    pool,
    bus,
    stream,
    builder: createCandleBuilder({ graceMs: GRACE_MS }),
    marketNow: () => marketNow,
    graceMs: GRACE_MS,
    pollMs: 2
  });
  const waiters = new Map<number, (event: LiveScanEvent) => void>();
  bus.subscribe((event) => event.type === 'live-scan' && waiters.get(event.data.barTime)?.(event.data));
  const eventFor = (minuteStart: number) =>
    new Promise<LiveScanEvent>((resolve) => waiters.set(minuteStart / 1000, resolve));
  const until = async (condition: () => boolean) => {
    while (!condition()) await new Promise((resolve) => setTimeout(resolve, 2));
  };
  try {
    await live.start();
    const scanner = await store.scanners.create({ name: 'Live bench', description: '', category: '', source: SCANNER });
    if ('error' in scanner) throw new Error(scanner.error.message);
    const created = await live.create({
      scannerId: scanner.data.id,
      watchlistId: null,
      symbols,
      interval: '1m',
      params: {}
    });
    if ('error' in created) throw new Error(created.error.message);
    await until(() => live.status().symbols.every((s) => s.status !== 'pending'));
    // The joining minute's close loads history for every symbol (a cold cache); it is not timed.
    const joined = eventFor(open + 59 * 60_000);
    marketNow = open + 60 * 60_000 + GRACE_MS;
    await joined;
    const subscribed = live.status().symbols.filter((s) => s.status === 'subscribed').length;
    const latencies: number[] = [];
    for (let minute = 60; minute < 60 + CLOSES; minute++) {
      const start = open + minute * 60_000;
      marketNow = start + 60_000 - 1;
      simulator.stream!.pump();
      await until(() => live.status().symbols.filter((s) => s.lastTickAt === start + 45_000).length === subscribed);
      const event = eventFor(start);
      const closedAt = performance.now();
      marketNow = start + 60_000 + GRACE_MS;
      await event;
      latencies.push(performance.now() - closedAt);
    }
    const sorted = [...latencies].sort((a, b) => a - b);
    return {
      symbols: subscribed,
      closes: CLOSES,
      p50Ms: percentile(sorted, 50),
      p99Ms: percentile(sorted, 99),
      maxMs: sorted[sorted.length - 1],
      workers: pool.get().size
    };
  } finally {
    live.close();
    pool.close();
    store.close();
    await simulator.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export function liveScanResults(figures: LiveScanFigures | Error): BenchResult[] {
  if (figures instanceof Error) return [failed('Live: candle close → live-scan event, p99', 'ms', figures)];
  const note = `${figures.symbols} NIFTY 500 symbols on the simulator's stream, ${figures.closes} one-minute closes, ${figures.workers} worker(s)`;
  return [
    measured('Live: candle close → live-scan event, p50', figures.p50Ms, 'ms', undefined, note),
    measured(
      'Live: candle close → live-scan event, p99',
      figures.p99Ms,
      'ms',
      TARGET_P99_MS,
      `max ${figures.maxMs.toFixed(0)} ms`
    )
  ];
}
