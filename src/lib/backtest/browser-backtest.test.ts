import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IstDate } from '$engine/calendar';
import { ScanPool } from '$engine/pool/scan-pool';
import { createMemoryCandleStore, istMs, startTestMarket, type TestMarket } from '$lib/candles/test-helpers';
import type { ScanSymbol } from '$lib/sectors/symbol-industries';
import { runBrowserBacktest, type BrowserBacktestResult } from './browser-backtest';

/** Fires on every bar, showing the industry the scanner saw. */
const SCANNER = `Filter = true;
AddColumn('industry', industry === null ? 'none' : industry);`;
const SYMBOLS: ScanSymbol[] = [
  { symbol: 'INFY', exchange: 'NSE', industry: 'Information Technology' },
  { symbol: 'SBIN', exchange: 'NSE', industry: null }
];
const NOW = istMs('2026-12-07T16:00');
/** Fires on every bar, showing the benchmark close the scanner saw on that bar. */
const BENCHMARK_SCANNER = `Filter = true;
AddColumn('benchClose', benchmark === null ? -1 : last(benchmark.close));`;
const NIFTY = { symbol: 'NIFTY', exchange: 'NSE_INDEX' };
const RANGE = {
  interval: 'D',
  lookback: 20,
  from: '2026-11-02' as IstDate,
  to: '2026-12-04' as IstDate,
  horizons: [1],
  now: NOW
};

let market: TestMarket;
let pool: ScanPool;
let result: BrowserBacktestResult;
let withBenchmark: BrowserBacktestResult;
let niftyRequests: number;
let withNifty500: BrowserBacktestResult;
let withMissing: BrowserBacktestResult;
beforeAll(async () => {
  market = await startTestMarket(NOW);
  pool = new ScanPool({ size: 2 });
  const run = (source: string, benchmark: typeof NIFTY | null) =>
    runBrowserBacktest({
      ...RANGE,
      source,
      params: {},
      symbols: SYMBOLS,
      benchmark,
      market: { store: createMemoryCandleStore(), api: market.api },
      pool
    });
  result = await run(SCANNER, null);
  withBenchmark = await run(BENCHMARK_SCANNER, NIFTY);
  niftyRequests = market.requests.filter((r) => r.endpoint === 'history' && r.body.symbol === 'NIFTY').length;
  withNifty500 = await run(`/** @benchmark NIFTY500 */\n${BENCHMARK_SCANNER}`, NIFTY);
  withMissing = await run(`/** @benchmark NOSUCHINDEX */\n${BENCHMARK_SCANNER}`, null);
});
afterAll(async () => {
  pool.close();
  await market.close();
});

describe('a backtest in the browser hands the scanner its symbol’s industry, as a scan does', () => {
  it('INFY’s every bar sees "Information Technology"; a symbol no list names sees null', () => {
    expect(result.status).toBe('completed');
    expect(result.errors).toEqual([]);
    const seen = (symbol: string) => result.events.filter((e) => e.symbol === symbol).map((e) => e.columns.industry);
    expect(seen('INFY').length).toBeGreaterThan(15);
    expect(new Set(seen('INFY'))).toEqual(new Set(['Information Technology']));
    expect(seen('SBIN').length).toBeGreaterThan(15);
    expect(new Set(seen('SBIN'))).toEqual(new Set(['none']));
  });
});

describe('a backtest in the browser hands the scanner its benchmark, as a scan does', () => {
  it('without @benchmark the request’s NIFTY is the scanner’s too: each event saw NIFTY’s close at or before its bar, loaded once', async () => {
    expect(withBenchmark.status).toBe('completed');
    expect(withBenchmark.errors).toEqual([]);
    expect(withBenchmark.summary.notes.filter((note) => note.includes('benchmark'))).toEqual([]);
    expect(niftyRequests).toBe(1);
    const nifty = await market.api.history({
      ...NIFTY,
      interval: 'D',
      start_date: '2026-09-01' as IstDate,
      end_date: '2026-12-07' as IstDate
    });
    if ('error' in nifty) throw new Error(nifty.error.message);
    const { time, close } = nifty.data.candles;
    expect(withBenchmark.events.length).toBeGreaterThan(30);
    for (const event of withBenchmark.events) {
      const k = time.findLastIndex((t) => t <= event.barTime);
      expect(k).toBeGreaterThanOrEqual(0);
      expect(event.columns.benchClose).toBe(close[k]);
    }
  });

  it('@benchmark NIFTY500 overrides the request’s index; an index that cannot load is null with the run’s warning', async () => {
    const nifty500 = await market.api.history({
      symbol: 'NIFTY500',
      exchange: 'NSE_INDEX',
      interval: 'D',
      start_date: '2026-09-01' as IstDate,
      end_date: '2026-12-07' as IstDate
    });
    if ('error' in nifty500) throw new Error(nifty500.error.message);
    const { time, close } = nifty500.data.candles;
    expect(withNifty500.events.length).toBeGreaterThan(30);
    for (const event of withNifty500.events)
      expect(event.columns.benchClose).toBe(close[time.findLastIndex((t) => t <= event.barTime)]);
    expect(withMissing.status).toBe('completed');
    expect(withMissing.summary.notes).toContainEqual(
      expect.stringMatching(/^benchmark NSE_INDEX:NOSUCHINDEX unavailable \(.+\): scanners see benchmark = null$/)
    );
    expect(withMissing.events.length).toBeGreaterThan(30);
    expect(new Set(withMissing.events.map((e) => e.columns.benchClose))).toEqual(new Set([-1]));
  });
});
