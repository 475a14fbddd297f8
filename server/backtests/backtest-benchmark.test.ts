import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBacktestFixture, json, MARKET_NOW, nextEvent, type BacktestFixture } from './backtest-test-fixture.js';
import { loadHistory } from './backtest-tasks.js';

/** Fires when the stock beat its benchmark over 10 bars, showing the benchmark bar it saw. */
const scannerWith = (header: string) => `/**
 * @lookback 60
 ${header}
 */
if (benchmark === null) { Filter = true; AddColumn('none', true); }
else {
  Filter = rsRating(close, benchmark.close, 10) > 0;
  AddColumn('benchClose', last(benchmark.close));
  AddColumn('benchTime', last(benchmark.time));
}
`;
const SYMBOLS = ['SBIN', 'TCS', 'INFY'];

let fixture: BacktestFixture;
let app: Hono;
let watchlistId: string;

beforeAll(async () => {
  fixture = await createBacktestFixture();
  app = fixture.mount();
  const watchlist = await fixture.store.watchlists.create({
    name: 'Three',
    symbols: SYMBOLS.map((symbol) => ({ symbol, exchange: 'NSE' }))
  });
  if ('error' in watchlist) throw new Error(watchlist.error.message);
  watchlistId = watchlist.data.id;
});
afterAll(() => fixture.close());

async function backtest(name: string, header: string, benchmark: { symbol: string; exchange: string } | null) {
  const scanner = await fixture.store.scanners.create({
    name,
    description: '',
    category: '',
    source: scannerWith(header)
  });
  if ('error' in scanner) throw new Error(scanner.error.message);
  const created = await (
    await app.request(
      '/api/backtests',
      json('POST', {
        scannerId: scanner.data.id,
        watchlistId,
        from: '2025-10-01',
        to: '2025-12-31',
        horizons: [5],
        benchmark
      })
    )
  ).json();
  await nextEvent(fixture.bus, 'backtest-finished', created.id);
  return (await app.request(`/api/backtests/${created.id}?limit=1000`)).json();
}

const historyCalls = (symbol: string) =>
  fixture.sim.requests.filter((r) => r.path === '/api/v1/history' && (r.body as { symbol?: string }).symbol === symbol)
    .length;

describe('a server backtest hands the scanner its benchmark, loaded once', () => {
  it("@benchmark NIFTY500: every event saw NIFTY500's bar at or before its own bar, from one history request", async () => {
    const before = historyCalls('NIFTY500');
    const stored = await backtest('Beats NIFTY500', '* @benchmark NIFTY500', {
      symbol: 'NIFTY',
      exchange: 'NSE_INDEX'
    });
    expect(stored.status).toBe('completed');
    expect(historyCalls('NIFTY500') - before).toBe(1);
    const index = await loadHistory(fixture.cache, 'NIFTY500', 'NSE_INDEX', {
      interval: 'D',
      lookback: 60,
      fromTime: Date.parse('2025-10-01T00:00:00+05:30') / 1000,
      now: MARKET_NOW.getTime(),
      caller: 'test'
    });
    if ('error' in index) throw new Error(index.error);
    expect(stored.page.events.length).toBeGreaterThan(20);
    for (const event of stored.page.events) {
      const k = index.data.time.findLastIndex((t) => t <= event.barTime);
      expect(event.columns).toEqual({ benchClose: index.data.close[k], benchTime: index.data.time[k] });
    }
  });

  it('without @benchmark the request’s benchmark is the scanner’s too; a missing one is null with a note', async () => {
    const reused = await backtest('Beats RELIANCE', '', { symbol: 'RELIANCE', exchange: 'NSE' });
    expect(reused.page.events.length).toBeGreaterThan(5);
    expect(reused.page.events.every((e: { columns: object }) => 'benchClose' in e.columns)).toBe(true);
    const missing = await backtest('Beats nothing', '* @benchmark NOSUCHINDEX', null);
    expect(missing.status).toBe('completed');
    expect(missing.summary.notes).toContainEqual(
      expect.stringMatching(/^benchmark NSE_INDEX:NOSUCHINDEX unavailable \(.+\): scanners see benchmark = null$/)
    );
    expect(missing.page.events.every((e: { columns: object }) => 'none' in e.columns)).toBe(true);
  });
});
