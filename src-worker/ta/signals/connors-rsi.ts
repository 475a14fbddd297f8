import { nanSeries, real } from '../spec-helpers.js';
import type { TaFunctionSpec } from '../types.js';
import { SIGNAL_GROUPS, period } from './groups.js';

/**
 * trading-signals' RSI of `x` from bar `first` on: Wilder averages of gains and losses
 * seeded with their plain mean over the first n changes; 100 when the average loss is 0.
 * Like trading-signals, a period below 2 never has a value (it keeps a single price).
 */
export function signalRsi(x: Float64Array, first: number, n: number): Float64Array {
  const out = nanSeries(x.length);
  if (n < 2) return out;
  const smoothing = 1 / n;
  let [gainSum, lossSum, avgGain, avgLoss, changes] = [0, 0, 0, 0, 0];
  for (let i = first + 1; i < x.length; i++) {
    const change = x[i] - x[i - 1];
    const gain = change > 0 ? change : 0;
    const loss = change > 0 ? 0 : -change;
    changes++;
    if (changes < n) {
      gainSum += gain;
      lossSum += loss;
      continue;
    }
    if (changes === n) {
      avgGain = (gainSum + gain) / n;
      avgLoss = (lossSum + loss) / n;
    } else {
      avgGain += (gain - avgGain) * smoothing;
      avgLoss += (loss - avgLoss) * smoothing;
    }
    out[i] = avgLoss === 0 ? 100 : 100 - 100 / (avgGain / avgLoss + 1);
  }
  return out;
}

/**
 * Connors RSI = (RSI(close, 3) + RSI(streak, 2) + percent rank of today's 1-bar return
 * among the previous 100) / 3, where the streak counts consecutive up closes (+1, +2, …)
 * or down closes (−1, −2, …) and is 0 on an unchanged close.
 */
export function connorsRsi(
  close: Float64Array,
  rsiPeriod: number,
  streakPeriod: number,
  rankPeriod: number
): Float64Array {
  const n = close.length;
  const out = nanSeries(n);
  if (n < 2) return out;
  const streak = new Float64Array(n);
  const returns = new Float64Array(n);
  for (let i = 1; i < n; i++) {
    const now = close[i];
    const before = close[i - 1];
    const previous = streak[i - 1];
    streak[i] =
      now > before ? (previous > 0 ? previous + 1 : 1) : now < before ? (previous < 0 ? previous - 1 : -1) : 0;
    returns[i] = ((now - before) / before) * 100;
  }
  const priceRsi = signalRsi(close, 0, rsiPeriod);
  const streakRsi = signalRsi(streak, 1, streakPeriod);
  if (n <= rankPeriod + 1) return out;
  // The previous `rankPeriod` returns, kept sorted (an undefined return, after a 0 close, as +∞: below nothing, like NaN).
  const rankable = (value: number) => (Number.isNaN(value) ? Infinity : value);
  const window = returns
    .slice(1, rankPeriod + 1)
    .map(rankable)
    .sort();
  for (let i = rankPeriod + 1; i < n; i++) {
    if (!Number.isNaN(priceRsi[i]) && !Number.isNaN(streakRsi[i])) {
      const below = countBelow(window, returns[i]);
      out[i] = (priceRsi[i] + streakRsi[i] + (below / rankPeriod) * 100) / 3;
    }
    replaceSorted(window, rankable(returns[i - rankPeriod]), rankable(returns[i]));
  }
  return out;
}

/** How many values of the ascending `sorted` are below `value`, by binary search (none for NaN). */
function countBelow(sorted: Float64Array, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle] < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Replaces a `leaving` value of the ascending `sorted` by `entering` and moves it to its place. */
function replaceSorted(sorted: Float64Array, leaving: number, entering: number): void {
  let at = countBelow(sorted, leaving);
  while (at > 0 && sorted[at - 1] > entering) sorted[at] = sorted[--at];
  while (at < sorted.length - 1 && sorted[at + 1] < entering) sorted[at] = sorted[++at];
  sorted[at] = entering;
}

/** `ta.CRSI(close, 3, 2, 100)`. */
export const CRSI: TaFunctionSpec = {
  name: 'CRSI',
  group: SIGNAL_GROUPS.momentum,
  doc: 'Connors RSI: (RSI(close, 3) + RSI(streak, 2) + percent rank of the 1-bar return over 100) / 3',
  inputs: [real()],
  options: [period('rsiInterval', 3, 2), period('streakRsiInterval', 2, 2), period('percentRankInterval', 100)],
  outputs: ['outCRSI'],
  integerOutputs: false,
  compute: ([close], [rsiPeriod, streakPeriod, rankPeriod]) => [connorsRsi(close, rsiPeriod, streakPeriod, rankPeriod)]
};
