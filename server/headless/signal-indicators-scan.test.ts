import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { istDateOf } from '../../src-worker/calendar/index.js';
import { coldFetchStartDate } from '../../src-worker/candles/history-range.js';
import { lastBars, type CandleColumns } from '../../src-worker/candles/types.js';
import { taFunctions } from '../../src-worker/ta/index.js';
import { createEventBus } from '../events/index.js';
import type { CandleCache } from '../market/index.js';
import type { Store } from '../store/index.js';
import { runHeadlessScan } from './run-headless-scan.js';
import { startHeadlessRig, type HeadlessRig } from './headless-test-rig.js';
import type { SharedScanPool } from './shared-scan-pool.js';

const market = new Date('2026-01-23T16:00:00+05:30');
const LOOKBACK = 300;
const SCANNER = `/**
 * @interval D
 * @lookback ${LOOKBACK}
 */
const [conversion, base, spanA, spanB] = ta.ICHIMOKU(high, low, close, 9, 26, 52, 26);
const [on, momentum] = ta.SQUEEZE(high, low, close);
Filter = 1;
AddColumn('Conversion', last(conversion));
AddColumn('Base', last(base));
AddColumn('Span A', last(spanA));
AddColumn('Span B', last(spanB));
AddColumn('HMA', last(ta.HMA(close, 20)));
AddColumn('RVOL', last(ta.RVOL(volume, 20)));
AddColumn('Squeeze on', last(on));
AddColumn('Squeeze momentum', last(momentum));
AddColumn('KVO', last(ta.KVO(high, low, close, volume)));
AddColumn('IQR', last(ta.IQR(close, 13)));
`;
const SYMBOLS = ['SBIN', 'RELIANCE', 'TCS', 'INFY', 'HDFCBANK', 'ITC'];

let rig: HeadlessRig;
let store: Store;
let cache: CandleCache;
let pool: SharedScanPool;

beforeAll(async () => {
  rig = await startHeadlessRig('fluxscan-signals-headless-', market);
  ({ store, cache, pool } = rig);
});
afterAll(() => rig.close());

/** The newest value of one output of `ta.NAME`, computed in this process straight from the engine's spec. */
function newest(name: string, series: Float64Array[], options: number[], output = 0): number {
  return taFunctions.get(name)!.compute(series, options)[output].at(-1)!;
}

function directColumns(c: CandleColumns): Record<string, number> {
  const hlc = [c.high, c.low, c.close];
  return {
    Conversion: newest('ICHIMOKU', hlc, [9, 26, 52, 26], 0),
    Base: newest('ICHIMOKU', hlc, [9, 26, 52, 26], 1),
    'Span A': newest('ICHIMOKU', hlc, [9, 26, 52, 26], 2),
    'Span B': newest('ICHIMOKU', hlc, [9, 26, 52, 26], 3),
    HMA: newest('HMA', [c.close], [20]),
    RVOL: newest('RVOL', [c.volume], [20]),
    'Squeeze on': newest('SQUEEZE', hlc, [20, 2, 1.5], 0),
    'Squeeze momentum': newest('SQUEEZE', hlc, [20, 2, 1.5], 1),
    KVO: newest('KVO', [...hlc, c.volume], [34, 55]),
    IQR: newest('IQR', [c.close], [13])
  };
}

describe('a scheduled scan with the trading-signals indicators', () => {
  it('stores, for every symbol of the simulator, the values the engine computes directly over the same candles', async () => {
    const scanner = await store.scanners.create({
      name: 'Ichimoku, Hull, RVOL',
      description: '',
      category: '',
      source: SCANNER
    });
    const watchlist = await store.watchlists.create({
      name: 'Six',
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

    const { run, matches } = await runHeadlessScan(
      { store, cache, pool, bus: createEventBus(), now: () => market.getTime() },
      schedule.data
    );
    expect(run).toMatchObject({ status: 'completed', counts: { results: SYMBOLS.length, errors: 0 } });

    const startDate = coldFetchStartDate('D', LOOKBACK, market.getTime());
    for (const symbol of SYMBOLS) {
      const history = await cache.history({
        symbol,
        exchange: 'NSE',
        interval: 'D',
        start_date: startDate,
        end_date: istDateOf(market.getTime())
      });
      if ('error' in history) throw history.error;
      const candles = lastBars(history.data.candles, LOOKBACK);
      expect(candles.close.length, symbol).toBe(LOOKBACK);
      const expected = directColumns(candles);
      for (const [column, value] of Object.entries(expected))
        expect(Number.isFinite(value), `${symbol} ${column}`).toBe(true);
      expect(matches.find((row) => row.symbol === symbol)?.columns, symbol).toEqual(expected);
    }
  });
});
