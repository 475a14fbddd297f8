import { describe, expect, it } from 'vitest';
import { realCandles } from '../../tests/fixtures/real-candles.js';
import { lastBars } from '../candles/types.js';
import { taFunctions } from '../ta/index.js';
import { runTaFunction } from '../ta/run-ta-function.js';
import type { TaFunctionSpec } from '../ta/types.js';

/**
 * The replay hands a scanner the prefix through t of an indicator computed once
 * over the whole history. That is only honest if every `ta` function is causal:
 * its value at bar i depends on bars ≤ i alone. This checks it for every function
 * in the map (whatever is registered) on a real series, at several cut points.
 */
const CANDLES = lastBars(realCandles('HDFCBANK'), 600);
const BARS = CANDLES.time.length;
const CUTS = [1, 2, 7, 33, 64, 150, 299, 421, BARS - 2];
/** Second and later `real` inputs (BETA, CORREL …) need a different series than the first. */
const REAL_INPUTS = [CANDLES.close, CANDLES.open, CANDLES.high];

function inputsOf(spec: TaFunctionSpec): Float64Array[] {
  let real = 0;
  return spec.inputs.flatMap((input) =>
    input.kind === 'price' ? input.fields.map((field) => CANDLES[field]) : [REAL_INPUTS[real++ % REAL_INPUTS.length]]
  );
}

/** The first bar where two outputs differ (NaN equal to NaN), or -1. */
function firstDifference(prefix: Float64Array, cut: Float64Array): number {
  if (prefix.length !== cut.length) return 0;
  for (let i = 0; i < cut.length; i++) {
    const a = prefix[i];
    const b = cut[i];
    if (a !== b && !(Number.isNaN(a) && Number.isNaN(b))) return i;
  }
  return -1;
}

describe('every ta function is causal: the prefix of the full result equals the result on the cut history', () => {
  const specs = [...taFunctions.values()];

  it('covers all of TA-Lib and the extras', () => {
    expect(specs.length).toBeGreaterThanOrEqual(164);
    for (const name of ['SUPERTREND', 'VWAP', 'KELTNER', 'DONCHIAN', 'EMA', 'MAMA', 'HT_TRENDLINE', 'SAREXT'])
      expect(taFunctions.has(name)).toBe(true);
  });

  it.each(specs.map((spec) => [spec.name, spec] as const))('%s', (name, spec) => {
    const inputs = inputsOf(spec);
    const options = spec.options.map((option) => option.defaultValue);
    const full = runTaFunction(spec, inputs, options);
    let defined = 0;
    for (const t of CUTS) {
      const cut = runTaFunction(
        spec,
        inputs.map((series) => series.subarray(0, t + 1)),
        options
      );
      full.forEach((output, o) => {
        expect(firstDifference(output.subarray(0, t + 1), cut[o]), `${name} output ${o} cut at bar ${t}`).toBe(-1);
        if (!Number.isNaN(cut[o][t])) defined++;
      });
    }
    // Math transforms outside their domain (ACOS of prices) are NaN throughout; the rest must say something.
    if (!['ACOS', 'ASIN'].includes(name)) expect(defined, `${name} produces values`).toBeGreaterThan(0);
  });
});
