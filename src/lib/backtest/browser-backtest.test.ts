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

let market: TestMarket;
let pool: ScanPool;
let result: BrowserBacktestResult;
beforeAll(async () => {
  market = await startTestMarket(NOW);
  pool = new ScanPool({ size: 2 });
  result = await runBrowserBacktest({
    source: SCANNER,
    params: {},
    symbols: SYMBOLS,
    interval: 'D',
    lookback: 20,
    from: '2026-11-02' as IstDate,
    to: '2026-12-04' as IstDate,
    horizons: [1],
    benchmark: null,
    now: NOW,
    market: { store: createMemoryCandleStore(), api: market.api },
    pool
  });
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
