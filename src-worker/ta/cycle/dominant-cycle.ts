import { nanSeries, real } from '../spec-helpers.js';
import type { TaFunctionSpec } from '../types.js';
import { hilbertBars } from '../core/hilbert.js';

/** Bars of NaN before HT_DCPERIOD and HT_PHASOR have a value. */
const LOOKBACK = 32;

/** A copy of `values` with everything before `LOOKBACK` blanked. */
function fromLookback(values: Float64Array): Float64Array {
  const out = nanSeries(values.length);
  if (values.length > LOOKBACK) out.set(values.subarray(LOOKBACK), LOOKBACK);
  return out;
}

/** Hilbert Transform - Dominant Cycle Period, in bars: `ta.HT_DCPERIOD(close)`. */
export const HT_DCPERIOD: TaFunctionSpec = {
  name: 'HT_DCPERIOD',
  group: 'Cycle Indicators',
  doc: 'Hilbert Transform - Dominant Cycle Period',
  inputs: [real()],
  options: [],
  outputs: ['outReal'],
  integerOutputs: false,
  compute: ([x]) => [fromLookback(hilbertBars(x, 9).period)]
};

/** Hilbert Transform - Phasor Components (in-phase, quadrature): `ta.HT_PHASOR(close)`. */
export const HT_PHASOR: TaFunctionSpec = {
  name: 'HT_PHASOR',
  group: 'Cycle Indicators',
  doc: 'Hilbert Transform - Phasor Components',
  inputs: [real()],
  options: [],
  outputs: ['outInPhase', 'outQuadrature'],
  integerOutputs: false,
  compute: ([x]) => {
    const bars = hilbertBars(x, 9);
    return [fromLookback(bars.inPhase), fromLookback(bars.quadrature)];
  }
};
