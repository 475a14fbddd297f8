import { describe, expect, it } from 'vitest';
import { realCandles } from '../../../tests/fixtures/real-candles.js';
import { firstDifference } from '../extras/test-support.js';
import { taFunctions } from '../index.js';
import { runTaFunction } from '../run-ta-function.js';
import { signalFunctions } from './index.js';
import { STREAMING_REFERENCES, seriesFor, streamReference } from './streaming-reference.js';

const SYMBOLS = ['INFY', 'RELIANCE', 'TATASTEEL'];
const CANDLES = SYMBOLS.map((symbol) => ({ symbol, candles: realCandles(symbol) }));
const CUTS = [60, 250, 777, 1000];

describe('the trading-signals indicators', () => {
  it('are all registered in the ta map without shadowing a TA-Lib function or an extra', () => {
    const names = signalFunctions.map((spec) => spec.name);
    expect(new Set(names).size).toBe(names.length);
    for (const spec of signalFunctions) expect(taFunctions.get(spec.name), spec.name).toBe(spec);
    expect(taFunctions.size).toBe(164 + names.length);
  });

  it('each have a streaming reference, and every reference a function', () => {
    expect(Object.keys(STREAMING_REFERENCES).sort()).toEqual(signalFunctions.map((spec) => spec.name).sort());
  });

  it('bound every period so a call stays O(bars × a constant)', () => {
    for (const spec of signalFunctions) {
      for (const option of spec.options)
        if (option.integer) expect(option.max, `${spec.name}.${option.pyName}`).toBeLessThanOrEqual(500);
    }
  });
});

describe.each(signalFunctions.map((spec) => ({ name: spec.name, spec })))('$name', ({ name, spec }) => {
  const reference = STREAMING_REFERENCES[name];

  it.each(CANDLES)("equals trading-signals fed bar by bar on $symbol's daily history", ({ candles }) => {
    const batch = spec.compute(seriesFor(spec, candles), reference.options);
    const streamed = streamReference(reference, candles, spec.outputs.length);
    expect(batch.length).toBe(spec.outputs.length);
    batch.forEach((output, o) => {
      // ICHIMOKU's lagging line is the close itself and has no trading-signals counterpart.
      if (name === 'ICHIMOKU' && o === 4) return;
      expect(firstDifference(output, streamed[o]), `${spec.outputs[o]}`).toBeNull();
    });
    expect(
      batch.some((output) => output.some(Number.isFinite)),
      'some value past the warm-up'
    ).toBe(true);
  });

  it('is causal: the full series cut at any bar equals the computation on the cut', () => {
    const { candles } = CANDLES[0];
    const full = spec.compute(seriesFor(spec, candles), reference.options);
    for (const cut of CUTS) {
      const prefix = spec.compute(
        seriesFor(spec, candles).map((s) => s.subarray(0, cut)),
        reference.options
      );
      prefix.forEach((output, o) =>
        expect(firstDifference(output, full[o].subarray(0, cut)), `cut ${cut} ${spec.outputs[o]}`).toBeNull()
      );
    }
  });

  it('answers every output aligned with an input shorter than its warm-up, or empty', () => {
    const { candles } = CANDLES[1];
    for (const bars of [0, 1, 3]) {
      const out = spec.compute(
        seriesFor(spec, candles).map((s) => s.subarray(0, bars)),
        reference.options
      );
      expect(out.map((s) => s.length)).toEqual(spec.outputs.map(() => bars));
    }
  });

  it('computes at both ends of every option range instead of throwing', () => {
    const series = seriesFor(spec, CANDLES[0].candles).map((s) => s.subarray(0, 700));
    for (const end of ['min', 'max'] as const) {
      const out = spec.compute(
        series,
        spec.options.map((option) => option[end])
      );
      expect(
        out.map((s) => s.length),
        end
      ).toEqual(spec.outputs.map(() => 700));
    }
  });

  it('skips a leading NaN lookback the way the TA-Lib set does', () => {
    const { candles } = CANDLES[2];
    const series = seriesFor(spec, candles).map((s) => {
      const copy = Float64Array.from(s);
      copy.fill(NaN, 0, 30);
      return copy;
    });
    const padded = runTaFunction(spec, series, reference.options);
    const direct = spec.compute(
      series.map((s) => s.subarray(30)),
      reference.options
    );
    padded.forEach((output, o) => {
      expect(Array.from(output.subarray(0, 30)).every(Number.isNaN)).toBe(true);
      expect(firstDifference(output.subarray(30), direct[o])).toBeNull();
    });
  });
});
