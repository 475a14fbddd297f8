import { readdirSync, readFileSync } from 'node:fs';
import { allocateCandles, type CandleColumns } from '../../src-worker/candles/types.js';
import { NSE_LISTS_DIR, RECORDED_DAILY_DIR } from './data-files.js';

/** Index values carry two decimals. */
const toHundredths = (value: number) => Math.round(value * 100) / 100;

function listSymbols(file: string): string[] {
  const [header, ...rows] = readFileSync(`${NSE_LISTS_DIR}${file}`, 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '');
  const column = header.split(',').indexOf('Symbol');
  return rows.map((row) => row.split(',')[column].trim());
}

const recordedSymbols = () =>
  readdirSync(RECORDED_DAILY_DIR)
    .filter((file) => file.endsWith('.csv'))
    .map((file) => file.slice(0, -4))
    .sort();

/**
 * The indices the simulator computes from their recorded constituents instead of a random walk:
 * NIFTY from the 50 recorded NIFTY 50 series, NIFTY500 from those of them in the NIFTY 500 list
 * (the only NIFTY 500 members with real data; averaging synthetic walks, which share no market
 * move, would give an index that hardly moves).
 */
const COMPOSITIONS: Record<string, () => string[]> = {
  NIFTY: recordedSymbols,
  NIFTY500: () => {
    const members = new Set(listSymbols('ind_nifty500list.csv'));
    return recordedSymbols().filter((symbol) => members.has(symbol));
  }
};
const constituents = new Map<string, string[]>();

/**
 * The constituent symbols of an NSE_INDEX symbol the simulator computes, or null for one it does not.
 * @example computedIndexConstituents('NIFTY')?.length // 50
 */
export function computedIndexConstituents(symbol: string): string[] | null {
  const composition = COMPOSITIONS[symbol];
  if (!composition) return null;
  if (!constituents.has(symbol)) constituents.set(symbol, composition());
  return constituents.get(symbol)!;
}

/**
 * An equal-weighted price index of `series` (daily bars on NSE trading days), chained day by day:
 * it starts on the first day at least half the constituents trade, at `base`; each later day moves
 * the previous close by the average of the constituents' own moves from their previous close:
 * close = prev × mean(close_i ÷ prevClose_i), and open, high and low likewise with open_i, high_i,
 * low_i (so high ≥ open, close ≥ low). A constituent counts from its second bar, so listings and
 * series of different lengths never jump the index. Volume and oi are 0, as OpenAlgo serves indices.
 * @example equalWeightIndexBars([infy, tcs], 12000).close[0] // 12000
 */
export function equalWeightIndexBars(series: readonly CandleColumns[], base: number): CandleColumns {
  const times = [...new Set(series.flatMap((bars) => Array.from(bars.time)))].sort((a, b) => a - b);
  const positions = series.map(() => 0);
  const present = (s: number, time: number) => {
    const { time: own } = series[s];
    while (positions[s] < own.length && own[positions[s]] < time) positions[s]++;
    return positions[s] < own.length && own[positions[s]] === time ? positions[s] : -1;
  };
  const quorum = Math.ceil(series.length / 2);
  let start = times.findIndex((time) => series.filter((_, s) => present(s, time) >= 0).length >= quorum);
  if (start < 0) start = times.length;
  positions.fill(0);
  const bars = allocateCandles(times.length - start);
  const previous = series.map(() => -1);
  let level = base;
  for (let t = 0; t < times.length; t++) {
    const sums = { open: 0, high: 0, low: 0, close: 0 };
    let count = 0;
    for (let s = 0; s < series.length; s++) {
      const i = present(s, times[t]);
      if (i < 0) continue;
      const bar = series[s];
      const before = previous[s];
      previous[s] = i;
      if (before < 0) continue;
      const prevClose = bar.close[before];
      sums.open += bar.open[i] / prevClose;
      sums.high += bar.high[i] / prevClose;
      sums.low += bar.low[i] / prevClose;
      sums.close += bar.close[i] / prevClose;
      count++;
    }
    if (t < start) continue;
    const k = t - start;
    bars.time[k] = times[t];
    if (t === start || count === 0) {
      bars.open[k] = bars.high[k] = bars.low[k] = bars.close[k] = toHundredths(level);
      continue;
    }
    bars.open[k] = toHundredths((level * sums.open) / count);
    bars.high[k] = toHundredths((level * sums.high) / count);
    bars.low[k] = toHundredths((level * sums.low) / count);
    level = (level * sums.close) / count;
    bars.close[k] = toHundredths(level);
  }
  return bars;
}
