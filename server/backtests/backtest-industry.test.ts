import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadNseIndustries } from '../lists/nse-industries.js';
import { createBacktestFixture, json, nextEvent, type BacktestFixture } from './backtest-test-fixture.js';

/** Fires on every bar, showing the industry the scanner saw. */
const SCANNER = `/**
 * @lookback 20
 */
Filter = true;
AddColumn('industry', industry === null ? 'none' : industry);
`;
const SYMBOLS = ['INFY', 'SBIN'];

let fixture: BacktestFixture;
let app: Hono;

beforeAll(async () => {
  fixture = await createBacktestFixture();
  app = fixture.mount();
});
afterAll(() => fixture.close());

describe('a server backtest hands the scanner its symbol’s NSE industry', () => {
  it('every event of INFY saw "Information Technology" and SBIN its own list industry', async () => {
    const watchlist = await fixture.store.watchlists.create({
      name: 'Two',
      symbols: SYMBOLS.map((symbol) => ({ symbol, exchange: 'NSE' }))
    });
    if ('error' in watchlist) throw new Error(watchlist.error.message);
    const scanner = await fixture.store.scanners.create({
      name: 'Industry',
      description: '',
      category: '',
      source: SCANNER
    });
    if ('error' in scanner) throw new Error(scanner.error.message);
    const body = {
      scannerId: scanner.data.id,
      watchlistId: watchlist.data.id,
      from: '2025-12-01',
      to: '2025-12-31',
      horizons: [1],
      benchmark: null
    };
    const created = await (await app.request('/api/backtests', json('POST', body))).json();
    await nextEvent(fixture.bus, 'backtest-finished', created.id);
    const stored = await (await app.request(`/api/backtests/${created.id}?limit=1000`)).json();

    expect(stored.status).toBe('completed');
    const industries = await loadNseIndustries();
    const events = stored.page.events as { symbol: string; columns: { industry: string } }[];
    for (const symbol of SYMBOLS) expect(events.filter((e) => e.symbol === symbol).length).toBeGreaterThan(10);
    for (const event of events) expect(event.columns.industry).toBe(industries.get(event.symbol));
    expect(events.find((e) => e.symbol === 'INFY')!.columns.industry).toBe('Information Technology');
  });
});
