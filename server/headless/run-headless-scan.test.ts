import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { istDateOf } from '../../src-worker/calendar/index.js';
import { packCandles } from '../../src-worker/candles/packed.js';
import { lastBars } from '../../src-worker/candles/types.js';
import { ScanPool } from '../../src-worker/pool/scan-pool.js';
import { createEventBus, type ServerEvent } from '../events/index.js';
import type { CandleCache } from '../market/index.js';
import type { RunningSimulator } from '../simulator/index.js';
import type { Store } from '../store/index.js';
import { coldFetchStartDate } from '../../src-worker/candles/history-range.js';
import { createStoreRoutes } from '../api/index.js';
import { runHeadlessScan } from './run-headless-scan.js';
import { startHeadlessRig, type HeadlessRig } from './headless-test-rig.js';
import type { SharedScanPool } from './shared-scan-pool.js';

const market = new Date('2026-01-23T16:00:00+05:30');
const SCANNER = `/**
 * @interval D
 * @lookback 60
 * @param fast integer 10 [2..200] Fast EMA
 */
Filter = last(close) > last(ta.EMA(close, params.fast));
AddColumn('Close', last(close));
`;
const SYMBOLS = ['SBIN', 'RELIANCE', 'TCS', 'INFY', 'HDFCBANK', 'ITC', 'NOSUCHSYMBOL'];

let rig: HeadlessRig;
let sim: RunningSimulator;
let store: Store;
let cache: CandleCache;
let pool: SharedScanPool;

beforeAll(async () => {
  rig = await startHeadlessRig('fluxscan-headless-', market);
  ({ sim, store, cache, pool } = rig);
});
afterAll(() => rig.close());

/** History requests for `symbol` the simulator has received so far. */
const historyCalls = (symbol: string) =>
  sim.requests.filter((r) => r.path === '/api/v1/history' && (r.body as { symbol?: string }).symbol === symbol).length;

async function scheduleFixture(name: string, source = SCANNER) {
  const scanner = await store.scanners.create({ name, description: '', category: '', source });
  const watchlist = await store.watchlists.create({
    name,
    symbols: SYMBOLS.map((symbol) => ({ symbol, exchange: 'NSE' }))
  });
  if ('error' in scanner || 'error' in watchlist) throw new Error('fixture failed');
  const schedule = await store.schedules.create({
    scannerId: scanner.data.id,
    watchlistId: watchlist.data.id,
    kind: 'daily',
    spec: { times: ['16:05'] }
  });
  if ('error' in schedule) throw new Error(schedule.error.message);
  return schedule.data;
}

describe('headless scan', () => {
  it('stores the same results as the engine run directly over the same candles, and a "no data" error per missing symbol', async () => {
    const schedule = await scheduleFixture('Above EMA');
    const bus = createEventBus({ firstId: 1 });
    const events: ServerEvent[] = [];
    bus.subscribe((event) => events.push(event));
    const { run, matches } = await runHeadlessScan({ store, cache, pool, bus, now: () => market.getTime() }, schedule);

    expect(run).toMatchObject({ status: 'completed', scheduleId: schedule.id, counts: { errors: 1 } });
    expect(run.stats).toMatchObject({ symbols: SYMBOLS.length, scanned: SYMBOLS.length - 1, noData: 1, errors: 1 });
    const errors = await store.runs.errors(run.id);
    expect(errors).toEqual([
      {
        symbol: 'NOSUCHSYMBOL',
        exchange: 'NSE',
        message: expect.stringMatching(/^no data: /),
        line: null,
        column: null
      }
    ]);

    // The same engine over the same candles, straight from the cache.
    const startDate = coldFetchStartDate('D', 60, market.getTime());
    const tasks = [];
    for (const symbol of SYMBOLS.slice(0, -1)) {
      const history = await cache.history({
        symbol,
        exchange: 'NSE',
        interval: 'D',
        start_date: startDate,
        end_date: istDateOf(market.getTime())
      });
      if ('error' in history) throw history.error;
      tasks.push({ symbol, exchange: 'NSE', interval: 'D', candles: packCandles(lastBars(history.data.candles, 60)) });
    }
    const direct = new ScanPool({ size: 1 });
    try {
      const summary = await direct.scan({ source: SCANNER, symbols: tasks });
      expect(summary.rows.length).toBeGreaterThan(0);
      expect(matches).toEqual(
        summary.rows.map(({ symbol, exchange, signal, columns, barTime }) => ({
          symbol,
          exchange,
          signal,
          columns,
          barTime
        }))
      );
    } finally {
      direct.close();
    }

    expect(events.map((e) => e.type).filter((type) => type !== 'run-progress')).toEqual([
      'run-started',
      'run-finished'
    ]);
    expect(events.at(-1)).toMatchObject({
      type: 'run-finished',
      data: { runId: run.id, status: 'completed', matches: matches.length, errors: 1 }
    });
    expect(events.map((e) => e.id)).toEqual(events.map((_, i) => i + 1));
  });

  it('keeps at most 2 KB of each error message in the database, the API and the events', async () => {
    const schedule = await scheduleFixture('Shouts', "throw new Error('x'.repeat(5_000_000));");
    const bus = createEventBus({ firstId: 1 });
    const published: string[] = [];
    bus.subscribe((event) => published.push(JSON.stringify(event)));
    const { run } = await runHeadlessScan({ store, cache, pool, bus, now: () => market.getTime() }, schedule);
    const errors = await store.runs.errors(run.id);
    expect(errors).toHaveLength(SYMBOLS.length);
    for (const error of errors) expect(error.message.length).toBeLessThanOrEqual(2048);
    expect(errors.find((e) => e.symbol === 'SBIN')!.message).toMatch(/x+ … \(\d+ more characters cut\)$/);
    const stored = await store.client.execute({
      sql: 'SELECT max(length(message)) AS longest FROM run_errors WHERE run_id = ?',
      args: [run.id]
    });
    expect(Number(stored.rows[0].longest)).toBeLessThanOrEqual(2048);
    const answer = await (await createStoreRoutes(store).request(`/runs/${run.id}`)).text();
    expect(answer.length).toBeLessThan(SYMBOLS.length * 2048 + 10_000);
    for (const event of published) expect(event.length).toBeLessThan(4096);
  });

  it('hands scanners the industry from the NSE lists and the NIFTY benchmark, fetched once for the run', async () => {
    const source = `/** @lookback 60 */
Filter = true;
AddColumn('industry', industry);
AddColumn('benchClose', last(benchmark.close));
AddColumn('benchTime', last(benchmark.time));
AddColumn('rating', rsRating(close, benchmark.close, 20));`;
    const schedule = await scheduleFixture('Relative strength', source);
    const niftyCallsBefore = historyCalls('NIFTY');
    const { run, matches } = await runHeadlessScan(
      { store, cache, pool, bus: createEventBus(), now: () => market.getTime() },
      schedule
    );
    expect(run).toMatchObject({ status: 'completed', message: null });
    expect(historyCalls('NIFTY') - niftyCallsBefore).toBe(1);

    const nifty = await cache.history({
      symbol: 'NIFTY',
      exchange: 'NSE_INDEX',
      interval: 'D',
      start_date: coldFetchStartDate('D', 60, market.getTime()),
      end_date: istDateOf(market.getTime())
    });
    if ('error' in nifty) throw nifty.error;
    const index = lastBars(nifty.data.candles, 60);
    const sbin = matches.find((m) => m.symbol === 'SBIN')!;
    const infy = matches.find((m) => m.symbol === 'INFY')!;
    expect(sbin.columns).toMatchObject({
      industry: 'Financial Services',
      benchClose: index.close.at(-1),
      benchTime: index.time.at(-1)
    });
    expect(infy.columns.industry).toBe('Information Technology');
    const history = await cache.history({
      symbol: 'INFY',
      exchange: 'NSE',
      interval: 'D',
      start_date: coldFetchStartDate('D', 60, market.getTime()),
      end_date: istDateOf(market.getTime())
    });
    if ('error' in history) throw history.error;
    const c = history.data.candles.close;
    const b = index.close;
    expect(infy.columns.rating).toBeCloseTo((c.at(-1)! / c.at(-21)! / (b.at(-1)! / b.at(-21)!) - 1) * 100, 9);
  });

  it('runs with benchmark null and says so in the run when the benchmark cannot be loaded', async () => {
    const source = `/** @benchmark NOSUCHINDEX */\nFilter = benchmark === null;`;
    const schedule = await scheduleFixture('No index', source);
    const { run, matches } = await runHeadlessScan(
      { store, cache, pool, bus: createEventBus(), now: () => market.getTime() },
      schedule
    );
    expect(run.status).toBe('completed');
    expect(run.message).toMatch(/^benchmark NSE_INDEX:NOSUCHINDEX unavailable \(.+\): scanners see benchmark = null$/);
    expect(matches).toHaveLength(SYMBOLS.length - 1);
  });

  it("stores the scanner's AddColumn formats, so the run's CSV export writes numbers as they show, or every digit when asked", async () => {
    const source =
      "Filter = true;\nAddColumn('Close', close, '1.1');\nAddColumn('Range %', (last(high) - last(low)) / last(close) * 100, '1.3');\nAddColumn('Bar', last(time), 'formatDateTime');";
    const schedule = await scheduleFixture('Formats', source);
    const { run, matches } = await runHeadlessScan(
      { store, cache, pool, bus: createEventBus(), now: () => market.getTime() },
      schedule
    );
    expect(run.columnFormats).toEqual({ Close: '1.1', 'Range %': '1.3', Bar: 'formatDateTime' });
    expect((await store.runs.get(run.id))!.columnFormats).toEqual(run.columnFormats);

    const routes = createStoreRoutes(store);
    const [header, first] = (await (await routes.request(`/runs/${run.id}/export?format=csv`)).text()).split('\r\n');
    const [full] = (await (await routes.request(`/runs/${run.id}/export?format=csv&precision=full`)).text())
      .split('\r\n')
      .slice(1);
    expect(header).toBe('symbol,exchange,signal,barTime,Close,Range %,Bar');
    const row = matches[0];
    const close = row.columns.Close as number;
    const range = row.columns['Range %'] as number;
    expect(close.toFixed(1)).not.toBe(String(close));
    const bar = new Date((row.columns.Bar as number) * 1000 + 5.5 * 3600_000).toISOString();
    expect(first.split(',').slice(4)).toEqual([
      close.toFixed(1),
      range.toFixed(3),
      `${bar.slice(0, 10)} ${bar.slice(11, 16)} IST`
    ]);
    expect(full.split(',').slice(4)).toEqual([String(close), String(range), String(row.columns.Bar)]);
  });

  it('records a scanner that does not compile as a failed run', async () => {
    const schedule = await scheduleFixture('Broken', 'Filter = (');
    const { run, matches } = await runHeadlessScan({ store, cache, pool, bus: createEventBus() }, schedule);
    expect(run.status).toBe('failed');
    expect(run.message).toBeTruthy();
    expect(matches).toEqual([]);
  });
});
