import { timePeriod } from '../core/options.js';
import { nanSeries, price } from '../spec-helpers.js';
import type { TaFunctionSpec } from '../types.js';

/**
 * Index of the highest high and lowest low over the last `period + 1` bars,
 * the most recent one on ties (as TA-Lib scans), passed to `emit` per bar.
 */
function scanExtremes(
  high: Float64Array,
  low: Float64Array,
  period: number,
  emit: (today: number, highIdx: number, lowIdx: number) => void
) {
  for (let today = period; today < high.length; today++) {
    let highIdx = today - period;
    let lowIdx = highIdx;
    for (let j = highIdx + 1; j <= today; j++) {
      if (high[j] >= high[highIdx]) highIdx = j;
      if (low[j] <= low[lowIdx]) lowIdx = j;
    }
    emit(today, highIdx, lowIdx);
  }
}

const hl = () => price('inPriceHL', 'high', 'low');

/** `ta.AROON(high, low, 14)` → [down, up] */
export const AROON: TaFunctionSpec = {
  name: 'AROON',
  group: 'Momentum Indicators',
  doc: 'Aroon',
  inputs: [hl()],
  options: [timePeriod(14)],
  outputs: ['outAroonDown', 'outAroonUp'],
  integerOutputs: false,
  rescansWindow: true,
  compute([high, low], [period]) {
    const down = nanSeries(high.length);
    const up = nanSeries(high.length);
    const factor = 100 / period;
    scanExtremes(high, low, period, (today, highIdx, lowIdx) => {
      up[today] = factor * (period - (today - highIdx));
      down[today] = factor * (period - (today - lowIdx));
    });
    return [down, up];
  }
};

/** `ta.AROONOSC(high, low, 14)` — Aroon up minus Aroon down. */
export const AROONOSC: TaFunctionSpec = {
  name: 'AROONOSC',
  group: 'Momentum Indicators',
  doc: 'Aroon Oscillator',
  inputs: [hl()],
  options: [timePeriod(14)],
  outputs: ['outReal'],
  integerOutputs: false,
  rescansWindow: true,
  compute([high, low], [period]) {
    const out = nanSeries(high.length);
    const factor = 100 / period;
    scanExtremes(high, low, period, (today, highIdx, lowIdx) => {
      out[today] = factor * (highIdx - lowIdx);
    });
    return [out];
  }
};
