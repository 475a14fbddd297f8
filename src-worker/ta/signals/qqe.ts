import { nanSeries, real } from '../spec-helpers.js';
import type { TaFunctionSpec } from '../types.js';
import { SIGNAL_GROUPS, factor, period } from './groups.js';

// trading-signals' EMA step, written inline in the loops: v = x·k + v·(1 − k), where the first
// step starts from v = x (so it is x·k + x·(1 − k), which can differ from x in the last bit).

/**
 * QQE: RSI smoothed by EMA(smooth); its bar-to-bar change smoothed twice by EMA(2·rsi − 1)
 * and times `fastFactor` is the band offset. The long band only rises and the short band
 * only falls while the smoothed RSI stays on their side; the trailing stop is the long band
 * until the RSI line crosses the short band's previous value, and the short band until it crosses the long band's.
 */
function qqe(close: Float64Array, rsiInterval: number, smooth: number, fastFactor: number): Float64Array[] {
  const bars = close.length;
  const rsiMaOut = nanSeries(bars);
  const stopOut = nanSeries(bars);
  if (rsiInterval < 2) return [rsiMaOut, stopOut];
  const wilder = 2 * rsiInterval - 1;
  const smoothK = 2 / (smooth + 1);
  const wilderK = 2 / (wilder + 1);
  const rsiSmoothing = 1 / rsiInterval;
  // The RSI (as signalRsi) is computed in the same pass; plain `let`s rather than destructuring keep V8's loop tight.
  let gainSum = 0,
    lossSum = 0,
    avgGain = 0,
    avgLoss = 0;
  let rsiMa = 0,
    rsiCount = 0,
    previousRsiMa = NaN,
    once = 0,
    onceCount = 0,
    twice = 0,
    twiceCount = 0;
  // The bands of the previous output and of the one before it (NaN before there is one).
  let isUp = true,
    longband = NaN,
    shortband = NaN,
    previousLongband = NaN,
    previousShortband = NaN,
    hasBands = false;
  for (let i = 1; i < bars; i++) {
    const change = close[i] - close[i - 1];
    const gain = change > 0 ? change : 0;
    const loss = change > 0 ? 0 : -change;
    if (i < rsiInterval) {
      gainSum += gain;
      lossSum += loss;
      continue;
    }
    if (i === rsiInterval) {
      avgGain = (gainSum + gain) / rsiInterval;
      avgLoss = (lossSum + loss) / rsiInterval;
    } else {
      avgGain += (gain - avgGain) * rsiSmoothing;
      avgLoss += (loss - avgLoss) * rsiSmoothing;
    }
    const rsi = avgLoss === 0 ? 100 : 100 - 100 / (avgGain / avgLoss + 1);
    rsiMa = rsi * smoothK + (rsiCount === 0 ? rsi : rsiMa) * (1 - smoothK);
    if (++rsiCount < smooth) continue;
    const previous = previousRsiMa;
    previousRsiMa = rsiMa;
    if (Number.isNaN(previous)) continue;
    const volatility = Math.abs(rsiMa - previous);
    once = volatility * wilderK + (onceCount === 0 ? volatility : once) * (1 - wilderK);
    if (++onceCount < wilder) continue;
    twice = once * wilderK + (twiceCount === 0 ? once : twice) * (1 - wilderK);
    if (++twiceCount < wilder) continue;
    const offset = twice * fastFactor;
    const newLongband = rsiMa - offset;
    const newShortband = rsiMa + offset;
    if (!hasBands) {
      longband = newLongband;
      shortband = newShortband;
      hasBands = true;
    } else {
      const nextLongband = previous > longband && rsiMa > longband ? Math.max(longband, newLongband) : newLongband;
      const nextShortband =
        previous < shortband && rsiMa < shortband ? Math.min(shortband, newShortband) : newShortband;
      // A cross of the short band turns the stop up, else a cross of the long band turns it down:
      // so only the cross that can change the current side is tested (the other only when it would matter).
      if (isUp) {
        const crossedLong =
          !Number.isNaN(previousLongband) &&
          ((rsiMa > longband && previous <= previousLongband) || (rsiMa < longband && previous >= previousLongband));
        if (crossedLong)
          isUp =
            !Number.isNaN(previousShortband) &&
            ((rsiMa > shortband && previous <= previousShortband) ||
              (rsiMa < shortband && previous >= previousShortband));
      } else {
        isUp =
          !Number.isNaN(previousShortband) &&
          ((rsiMa > shortband && previous <= previousShortband) ||
            (rsiMa < shortband && previous >= previousShortband));
      }
      previousLongband = longband;
      previousShortband = shortband;
      longband = nextLongband;
      shortband = nextShortband;
    }
    rsiMaOut[i] = rsiMa;
    stopOut[i] = isUp ? longband : shortband;
  }
  return [rsiMaOut, stopOut];
}

/** `ta.QQE(close, 14, 5, 4.236)` → [smoothed RSI, trailing stop]. */
export const QQE: TaFunctionSpec = {
  name: 'QQE',
  group: SIGNAL_GROUPS.momentum,
  doc: 'Quantitative Qualitative Estimation → [smoothed RSI, trailing stop]',
  inputs: [real()],
  options: [period('rsiInterval', 14), period('smoothInterval', 5), factor('fastFactor', 4.236, 0, 100)],
  outputs: ['outRsiMa', 'outTrailingStop'],
  integerOutputs: false,
  compute: ([close], [rsiInterval, smooth, fastFactor]) => qqe(close, rsiInterval, smooth, fastFactor)
};
