import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { IstDate } from '../../src-worker/calendar/index.js';
import type { CandleColumns } from '../../src-worker/candles/types.js';
import { NSE_LISTS_DIR, RECORDED_DAILY_DIR } from './data-files.js';
import { equityProfile, sizeTierOf } from './equity-profile.js';
import { recordedDailyBars } from './recorded-daily.js';
import { loadSymbolMaster } from './symbol-master.js';
import { syntheticDailyBars } from './synthetic-daily.js';

const master = loadSymbolMaster();
const through = '2026-11-24' as IstDate;

describe('syntheticDailyBars', () => {
  it('is deterministic per symbol and differs between symbols', () => {
    const sbin = master.find('SBIN', 'NSE')!;
    expect(syntheticDailyBars(sbin, through)).toEqual(syntheticDailyBars(sbin, through));
    expect(syntheticDailyBars(sbin, through).close).not.toEqual(
      syntheticDailyBars(master.find('TCS', 'NSE')!, through).close
    );
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

/** What the recorded NIFTY 50 series look like over their last year: the yardstick for synthetic large caps. */
function lastYearStats(bars: CandleColumns) {
  const n = bars.close.length;
  const returns: number[] = [];
  for (let i = n - 250; i < n; i++) returns.push(Math.log(bars.close[i] / bars.close[i - 1]));
  const mean = returns.reduce((a, b) => a + b, 0) / returns.length;
  const turnovers = Array.from({ length: 250 }, (_, k) => bars.close[n - 250 + k] * bars.volume[n - 250 + k]);
  return {
    close: bars.close[n - 1],
    volatility: Math.sqrt(returns.reduce((a, r) => a + (r - mean) ** 2, 0) / returns.length),
    turnover: median(turnovers)
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

describe('synthetic equities look like NSE stocks', () => {
  const recorded = readdirSync(RECORDED_DAILY_DIR)
    .map((file) => file.replace(/\.csv$/, ''))
    .map((symbol) => lastYearStats(recordedDailyBars(symbol)!));
  const synthetic = (symbols: string[]) =>
    symbols.map((symbol) => lastYearStats(syntheticDailyBars(master.find(symbol, 'NSE')!, through)));
  const nifty100 = readFileSync(`${NSE_LISTS_DIR}ind_nifty100list.csv`, 'utf8')
    .split('\n')
    .slice(1)
    .map((row) => row.split(',')[2])
    .filter((symbol) => symbol && recordedDailyBars(symbol) === null);

  it('large caps without a recording trade at the price, volatility and turnover of the recorded NIFTY 50', () => {
    expect(recorded).toHaveLength(50);
    expect(nifty100.length).toBeGreaterThan(40);
    const large = synthetic(nifty100);
    const range = (pick: (s: ReturnType<typeof lastYearStats>) => number) => [
      Math.min(...recorded.map(pick)),
      Math.max(...recorded.map(pick))
    ];
    const [minClose, maxClose] = range((s) => s.close);
    const [minTurnover, maxTurnover] = range((s) => s.turnover);
    // The middle of the synthetic large caps sits inside the recorded range on every measure.
    expect(median(large.map((s) => s.close))).toBeGreaterThan(median(recorded.map((s) => s.close)) / 2);
    expect(median(large.map((s) => s.close))).toBeLessThan(median(recorded.map((s) => s.close)) * 2);
    for (const s of large) {
      expect(s.close).toBeGreaterThan(minClose / 3);
      expect(s.close).toBeLessThan(maxClose * 1.5);
      expect(s.volatility).toBeGreaterThan(0.008);
      expect(s.volatility).toBeLessThan(0.035);
    }
    expect(median(large.map((s) => s.turnover))).toBeGreaterThan(minTurnover / 2);
    expect(median(large.map((s) => s.turnover))).toBeLessThan(maxTurnover);
  });

  it('every listed equity stays at a real NSE price level: no penny-priced blue chips, no five-digit small caps', () => {
    const sample = readFileSync(`${NSE_LISTS_DIR}EQUITY_L.csv`, 'utf8')
      .split('\n')
      .slice(1)
      .map((row) => row.split(',')[0])
      .filter((symbol, i) => symbol && i % 10 === 0);
    const stats = sample.map((symbol) => ({
      symbol,
      tier: sizeTierOf(symbol),
      ...lastYearStats(syntheticDailyBars(master.find(symbol, 'NSE')!, through))
    }));
    expect(stats.length).toBeGreaterThan(200);
    for (const s of stats) {
      expect(s.close, s.symbol).toBeGreaterThanOrEqual(1);
      expect(s.close, s.symbol).toBeLessThan(s.tier === 'small' ? 15_000 : 40_000);
      if (s.tier !== 'small') expect(s.close, s.symbol).toBeGreaterThan(20);
      // One year of fat-tailed returns can run hot; real small caps do too.
      expect(s.volatility, s.symbol).toBeLessThan(0.05);
    }
    expect(median(stats.map((s) => s.volatility))).toBeGreaterThan(0.015);
    expect(median(stats.map((s) => s.volatility))).toBeLessThan(0.03);
    // Small listed companies are mostly priced in the tens to hundreds of rupees.
    const small = stats.filter((s) => s.tier === 'small').map((s) => s.close);
    console.log(
      `synthetic sample: ${stats.length} equities, median close ₹${median(stats.map((s) => s.close))}, small caps ₹${median(small)}, median daily volatility ${(100 * median(stats.map((s) => s.volatility))).toFixed(2)} %`
    );
    expect(median(small)).toBeGreaterThan(40);
    expect(median(small)).toBeLessThan(600);
  });

  it("draws a symbol's profile from the symbol alone", () => {
    expect(equityProfile('IRCTC')).toEqual(equityProfile('IRCTC'));
    expect(equityProfile('IRCTC')).not.toEqual(equityProfile('PNB'));
  });
});
