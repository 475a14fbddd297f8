import { nanSeries, price } from '../spec-helpers.js';
import type { TaFunctionSpec } from '../types.js';
import { SIGNAL_GROUPS, factor, period } from './groups.js';
import { signalAtr } from './signal-atr.js';
import { rollingMax, rollingMin } from './window-extremes.js';

const group = SIGNAL_GROUPS.trend;
const HLC = price('inPriceHLC', 'high', 'low', 'close');

/**
 * Chande Kroll Stop as trading-signals computes it: preliminary stops lowest low(n) + m·ATR(n)
 * and highest high(n) − m·ATR(n); the long stop is the lowest preliminary long stop of the last
 * `stopInterval` bars, the short stop the highest preliminary short stop.
 */
function chandeKroll(
  high: Float64Array,
  low: Float64Array,
  close: Float64Array,
  n: number,
  multiplier: number,
  stopInterval: number
): Float64Array[] {
  const bars = close.length;
  const [longStop, shortStop] = [nanSeries(bars), nanSeries(bars)];
  if (bars < n) return [longStop, shortStop];
  const atr = signalAtr(high, low, close, n);
  const [highest, lowest] = [rollingMax(high, n), rollingMin(low, n)];
  const [longPreliminary, shortPreliminary] = [new Float64Array(bars - n + 1), new Float64Array(bars - n + 1)];
  for (let i = n - 1; i < bars; i++) {
    longPreliminary[i - n + 1] = lowest[i] + multiplier * atr[i];
    shortPreliminary[i - n + 1] = highest[i] - multiplier * atr[i];
  }
  const [longLowest, shortHighest] = [
    rollingMin(longPreliminary, stopInterval),
    rollingMax(shortPreliminary, stopInterval)
  ];
  for (let j = stopInterval - 1; j < longPreliminary.length; j++) {
    longStop[j + n - 1] = longLowest[j];
    shortStop[j + n - 1] = shortHighest[j];
  }
  return [longStop, shortStop];
}

/**
 * Volatility Stop: a trail m·ATR(n) from the close that only tightens while the close stays on
 * its side, and restarts on the other side when the close crosses it; trend +1 bullish / −1 bearish.
 */
function volatilityStop(
  high: Float64Array,
  low: Float64Array,
  close: Float64Array,
  n: number,
  multiplier: number
): Float64Array[] {
  const bars = close.length;
  const [stop, trend] = [nanSeries(bars), nanSeries(bars)];
  if (bars < n) return [stop, trend];
  const atr = signalAtr(high, low, close, n);
  let previousStop = NaN;
  let previousClose = NaN;
  for (let i = n - 1; i < bars; i++) {
    const loss = multiplier * atr[i];
    const price = close[i];
    // The first bar starts a bullish trail; later ones follow the previous stop as trading-signals does.
    let value = price - loss;
    let bullish = true;
    if (i === n - 1) value = price - loss;
    else if (price > previousStop && previousClose > previousStop) value = Math.max(previousStop, price - loss);
    else if (price < previousStop && previousClose < previousStop) {
      value = Math.min(previousStop, price + loss);
      bullish = false;
    } else if (!(price > previousStop)) {
      value = price + loss;
      bullish = false;
    }
    stop[i] = previousStop = value;
    trend[i] = bullish ? 1 : -1;
    previousClose = price;
  }
  return [stop, trend];
}

/** Typed-array loops for the ATR trailing stops. */
export const volatilityStops: readonly TaFunctionSpec[] = [
  {
    name: 'CKS',
    group,
    doc: 'Chande Kroll Stop → [long stop, short stop]',
    inputs: [HLC],
    options: [period('interval', 10), factor('multiplier', 1, 0, 100), period('stopInterval', 9)],
    outputs: ['outLongStop', 'outShortStop'],
    integerOutputs: false,
    compute: ([high, low, close], [n, multiplier, stopInterval]) =>
      chandeKroll(high, low, close, n, multiplier, stopInterval)
  },
  {
    name: 'VSTOP',
    group,
    doc: 'Volatility Stop (ATR trail) → [stop, trend: +1 bullish / −1 bearish]',
    inputs: [HLC],
    options: [period('interval', 5), factor('multiplier', 3.5, 0, 100)],
    outputs: ['outStop', 'outTrend'],
    integerOutputs: false,
    compute: ([high, low, close], [n, multiplier]) => volatilityStop(high, low, close, n, multiplier)
  }
];
