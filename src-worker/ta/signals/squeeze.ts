import { nanSeries, price } from '../spec-helpers.js';
import type { TaFunctionSpec } from '../types.js';
import { SIGNAL_GROUPS, factor, period } from './groups.js';
import { signalAtr } from './signal-atr.js';
import { signalEma } from './signal-averages.js';
import { rollingMax, rollingMin } from './window-extremes.js';

/**
 * TTM Squeeze (John Carter): `on` is 1 while the Bollinger Bands (n, bbMultiplier,
 * population σ) sit inside the Keltner Channels (EMA(n) ± kcMultiplier × ATR(n)),
 * else 0; `momentum` is the linear regression, over the last n bars, of
 * close − (midpoint of the n-bar high/low range + SMA(close, n)) / 2, read at the
 * newest bar. First value at bar 2n − 2, as in trading-signals.
 */
export const SQUEEZE: TaFunctionSpec = {
  name: 'SQUEEZE',
  group: SIGNAL_GROUPS.volatility,
  doc: 'TTM Squeeze → [on: 1 while Bollinger(n, bb) is inside Keltner(n, kc), else 0; momentum]',
  inputs: [price('inPriceHLC', 'high', 'low', 'close')],
  options: [period('interval', 20, 2), factor('bbMultiplier', 2, 0, 100), factor('kcMultiplier', 1.5, 0, 100)],
  outputs: ['outOn', 'outMomentum'],
  integerOutputs: false,
  compute: ([high, low, close], [n, bbMultiplier, kcMultiplier]) => {
    const bars = close.length;
    const on = nanSeries(bars);
    const momentum = nanSeries(bars);
    if (bars === 0) return [on, momentum];
    const middle = signalEma(close, n);
    const atr = signalAtr(high, low, close, n);
    const highest = rollingMax(high, n);
    const lowest = rollingMin(low, n);
    const distance = new Float64Array(bars);
    // Sums shifted by the first close keep the rolling variance free of cancellation.
    const shift = close[0];
    const sumXX = ((n - 1) * n * (2 * n - 1)) / 6;
    const sumX = ((n - 1) * n) / 2;
    const denominator = n * sumXX - sumX * sumX;
    let closeSum = 0;
    let squareSum = 0;
    let distanceSum = 0;
    let weightedDistanceSum = 0;
    for (let i = 0; i < bars; i++) {
      const shifted = close[i] - shift;
      closeSum += shifted;
      squareSum += shifted * shifted;
      if (i >= n) {
        const leaving = close[i - n] - shift;
        closeSum -= leaving;
        squareSum -= leaving * leaving;
      }
      if (i < n - 1) continue;
      const mean = closeSum / n;
      const deviation = Math.sqrt(Math.max(0, squareSum / n - mean * mean));
      distance[i] = close[i] - ((highest[i] + lowest[i]) / 2 + mean + shift) / 2;
      // Regression window: distances i − n + 1 … i at x = 0 … n − 1.
      const count = i - (n - 1) + 1;
      if (count <= n) {
        weightedDistanceSum += (count - 1) * distance[i];
        distanceSum += distance[i];
      } else {
        const oldest = distance[i - n];
        weightedDistanceSum += -(distanceSum - oldest) + (n - 1) * distance[i];
        distanceSum += distance[i] - oldest;
      }
      if (count < n) continue;
      const slope = (n * weightedDistanceSum - sumX * distanceSum) / denominator;
      momentum[i] = slope * (n - 1) + (distanceSum - slope * sumX) / n;
      const bbUpper = mean + shift + deviation * bbMultiplier;
      const bbLower = mean + shift - deviation * bbMultiplier;
      on[i] = bbUpper < middle[i] + kcMultiplier * atr[i] && bbLower > middle[i] - kcMultiplier * atr[i] ? 1 : 0;
    }
    return [on, momentum];
  }
};
