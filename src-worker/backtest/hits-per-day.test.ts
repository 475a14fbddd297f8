import { describe, expect, it } from 'vitest';
import { istEpochMs, type IstDate } from '../calendar/ist-time.js';
import { allocateCandles } from '../candles/types.js';
import { hitsPerDay } from './hits-per-day.js';
import type { BacktestEvent } from './types.js';

/** Epoch seconds of an IST wall-clock time on a date. */
const at = (date: string, time = '09:15') => istEpochMs(date as IstDate, time) / 1000;
const hit = (symbol: string, barTime: number): BacktestEvent => ({
  symbol,
  exchange: 'NSE',
  barTime,
  signal: 'BUY',
  columns: {},
  entry: null,
  returns: {},
  mfe: {},
  mae: {}
});

describe('hits per day', () => {
  it('counts symbols per IST date, keeps days without hits, and adds the benchmark close', () => {
    const evaluated = [at('2024-03-01'), at('2024-03-04'), at('2024-03-05')];
    // 00:30 IST on the 4th is still the 3rd in UTC: the date must be NSE's.
    const events = [
      hit('INFY', at('2024-03-04', '00:30')),
      hit('TCS', at('2024-03-04')),
      hit('TCS', at('2024-03-04', '15:15')),
      hit('INFY', at('2024-03-05'))
    ];
    const benchmark = allocateCandles(2);
    benchmark.time.set([at('2024-03-01'), at('2024-03-04')]);
    benchmark.close.set([22_000, 22_100]);
    expect(hitsPerDay(events, evaluated, benchmark)).toEqual([
      { date: '2024-03-01', hits: 0, benchmarkClose: 22_000 },
      { date: '2024-03-04', hits: 2, benchmarkClose: 22_100 },
      { date: '2024-03-05', hits: 1 }
    ]);
  });
});
