import { describe, expect, it } from 'vitest';
import type { IstDate } from '../../src-worker/calendar/index.js';
import { loadSymbolMaster } from './symbol-master.js';
import { syntheticDailyBars } from './synthetic-daily.js';

const master = loadSymbolMaster();
const through = '2026-11-24' as IstDate;

describe('syntheticDailyBars', () => {
  it('is deterministic per symbol and differs between symbols', () => {
    const sbin = master.find('SBIN', 'NSE')!;
    expect(syntheticDailyBars(sbin, through)).toEqual(syntheticDailyBars(sbin, through));
    expect(syntheticDailyBars(sbin, through).close).not.toEqual(syntheticDailyBars(master.find('TCS', 'NSE')!, through).close);
  });

  it('keeps a day’s bar whatever date the series is asked through', () => {
    const sbin = master.find('SBIN', 'NSE')!;
    const shorter = syntheticDailyBars(sbin, '2025-06-30' as IstDate);
    const longer = syntheticDailyBars(sbin, through);
    expect(longer.close.slice(0, shorter.close.length)).toEqual(shorter.close);
  });

  it('is OHLC-consistent, tick-rounded, several years long, with realistic volatility', () => {
    for (const symbol of ['SBIN', 'TCS', '20MICRONS', 'IDEA', 'ZYDUSLIFE']) {
      const bars = syntheticDailyBars(master.find(symbol, 'NSE')!, through);
      expect(bars.time.length).toBeGreaterThan(1500);
      const returns: number[] = [];
      for (let i = 0; i < bars.time.length; i++) {
        expect(bars.high[i]).toBeGreaterThanOrEqual(Math.max(bars.open[i], bars.close[i]));
        expect(bars.low[i]).toBeLessThanOrEqual(Math.min(bars.open[i], bars.close[i]));
        expect(bars.low[i]).toBeGreaterThan(0);
        for (const price of [bars.open[i], bars.high[i], bars.low[i], bars.close[i]]) {
          expect(Math.abs(price * 20 - Math.round(price * 20))).toBeLessThan(1e-6);
        }
        expect(Number.isInteger(bars.volume[i]) && bars.volume[i] > 0).toBe(true);
        if (i > 0) returns.push(Math.log(bars.close[i] / bars.close[i - 1]));
      }
      const mean = returns.reduce((a, b) => a + b, 0) / returns.length;
      const sd = Math.sqrt(returns.reduce((a, r) => a + (r - mean) ** 2, 0) / returns.length);
      expect(sd).toBeGreaterThan(0.012);
      expect(sd).toBeLessThan(0.035);
    }
  });
});
