import { emaWithK, movingAverage, movingAverageLookback } from '../core/moving-averages.js';
import { maTypeOption } from '../core/options.js';
import { applyFrom } from '../core/series.js';
import { intOption, nanSeries, real } from '../spec-helpers.js';
import type { TaFunctionSpec } from '../types.js';

/** MACD line, signal and histogram, all NaN until the signal exists. */
function macdOutputs(
  fast: Float64Array,
  slow: Float64Array,
  lineStart: number,
  signalOf: (line: Float64Array) => Float64Array
): Float64Array[] {
  const n = fast.length;
  const line = nanSeries(n);
  for (let i = lineStart; i < n; i++) line[i] = fast[i] - slow[i];
  const signal = applyFrom(line, lineStart, signalOf);
  const macd = nanSeries(n);
  const hist = nanSeries(n);
  for (let i = lineStart; i < n; i++) {
    if (Number.isNaN(signal[i])) continue;
    macd[i] = line[i];
    hist[i] = line[i] - signal[i];
  }
  return [macd, signal, hist];
}

/**
 * EMA-based MACD. The fast EMA is seeded on the window that ends where the
 * slow one's seed ends, so both lines start on the same bar.
 */
function emaMacd(
  x: Float64Array,
  fastPeriod: number,
  slowPeriod: number,
  signalPeriod: number,
  fastK: number,
  slowK: number
): Float64Array[] {
  const slow = emaWithK(x, slowPeriod, slowK);
  const fast = applyFrom(x, slowPeriod - fastPeriod, (tail) => emaWithK(tail, fastPeriod, fastK));
  return macdOutputs(fast, slow, slowPeriod - 1, (line) => emaWithK(line, signalPeriod, 2 / (signalPeriod + 1)));
}

const outputs = ['outMACD', 'outMACDSignal', 'outMACDHist'];
const signalPeriod = () => intOption('optInSignalPeriod', 'signalperiod', 9, 1);

/** `ta.MACD(close, 12, 26, 9)` → [macd, signal, hist] */
export const MACD: TaFunctionSpec = {
  name: 'MACD',
  group: 'Momentum Indicators',
  doc: 'Moving Average Convergence/Divergence',
  inputs: [real()],
  options: [
    intOption('optInFastPeriod', 'fastperiod', 12, 2),
    intOption('optInSlowPeriod', 'slowperiod', 26, 2),
    signalPeriod()
  ],
  outputs,
  integerOutputs: false,
  compute([x], [fastPeriod, slowPeriod, signal]) {
    const fast = Math.min(fastPeriod, slowPeriod);
    const slow = Math.max(fastPeriod, slowPeriod);
    return emaMacd(x, fast, slow, signal, 2 / (fast + 1), 2 / (slow + 1));
  }
};

/** `ta.MACDFIX(close, 9)` — 12/26 MACD with Appel's fixed 0.15 and 0.075 smoothing factors. */
export const MACDFIX: TaFunctionSpec = {
  name: 'MACDFIX',
  group: 'Momentum Indicators',
  doc: 'Moving Average Convergence/Divergence Fix 12/26',
  inputs: [real()],
  options: [signalPeriod()],
  outputs,
  integerOutputs: false,
  compute: ([x], [signal]) => emaMacd(x, 12, 26, signal, 0.15, 0.075)
};

/** `ta.MACDEXT(close, 12, 1, 26, 1, 9, 1)` — MACD with a moving-average type per line. */
export const MACDEXT: TaFunctionSpec = {
  name: 'MACDEXT',
  group: 'Momentum Indicators',
  doc: 'MACD with controllable MA type',
  inputs: [real()],
  options: [
    intOption('optInFastPeriod', 'fastperiod', 12, 2),
    maTypeOption('optInFastMAType', 'fastmatype'),
    intOption('optInSlowPeriod', 'slowperiod', 26, 2),
    maTypeOption('optInSlowMAType', 'slowmatype'),
    signalPeriod(),
    maTypeOption('optInSignalMAType', 'signalmatype')
  ],
  outputs,
  integerOutputs: false,
  compute([x], [fastPeriod, fastType, slowPeriod, slowType, signal, signalType]) {
    // TA-Lib swaps the lines (with their types) when "slow" is the shorter one.
    if (slowPeriod < fastPeriod) {
      [fastPeriod, slowPeriod] = [slowPeriod, fastPeriod];
      [fastType, slowType] = [slowType, fastType];
    }
    const fastLookback = movingAverageLookback(fastPeriod, fastType);
    const slowLookback = movingAverageLookback(slowPeriod, slowType);
    const lineStart = Math.max(fastLookback, slowLookback);
    // Both averages start so that their first values land on the same bar.
    const fast = applyFrom(x, lineStart - fastLookback, (tail) => movingAverage(tail, fastPeriod, fastType));
    const slow = applyFrom(x, lineStart - slowLookback, (tail) => movingAverage(tail, slowPeriod, slowType));
    return macdOutputs(fast, slow, lineStart, (line) => movingAverage(line, signal, signalType));
  }
};
