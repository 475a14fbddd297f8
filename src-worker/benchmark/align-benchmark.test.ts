import { describe, expect, it } from 'vitest';
import { PACKED_FIELDS } from '../candles/packed.js';
import { lastBars } from '../candles/types.js';
import { realCandles } from '../../tests/fixtures/real-candles.js';
import { AlignedBenchmark } from './align-benchmark.js';

const symbol = lastBars(realCandles('INFY'), 300);
const fields = (c: ReturnType<typeof realCandles>) => PACKED_FIELDS.map((f) => c[f]);

describe('AlignedBenchmark on real series', () => {
  it('takes the last benchmark bar at or before each symbol bar, NaN before the first', () => {
    // A benchmark that starts later and misses some days (every third bar dropped).
    const full = lastBars(realCandles('RELIANCE'), 250);
    const keep = Array.from(full.time.keys()).filter((i) => i % 3 !== 1);
    const sparse = fields(full).map((column) => Float64Array.from(keep, (i) => column[i]));
    const aligned = new AlignedBenchmark(symbol.time, sparse).cut(symbol.time.length);
    const n = symbol.time.length;
    for (let i = 0; i < n; i++) {
      const j = sparse[0].findLastIndex((t) => t <= symbol.time[i]);
      for (let f = 0; f < PACKED_FIELDS.length; f++) {
        const expected = j < 0 ? NaN : sparse[f][j];
        expect(aligned[f * n + i]).toEqual(expected);
      }
    }
    expect(Number.isNaN(aligned[4 * n])).toBe(true);
  });

  it('a cut at n equals aligning the benchmark to the symbol history cut at n', () => {
    const bench = fields(realCandles('RELIANCE'));
    const whole = new AlignedBenchmark(symbol.time, bench);
    for (const n of [1, 17, 150, 299, 300]) {
      expect(whole.cut(n)).toEqual(new AlignedBenchmark(symbol.time.subarray(0, n), bench).cut(n));
    }
  });
});
