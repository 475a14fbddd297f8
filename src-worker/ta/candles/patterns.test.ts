import { describe, expect, it } from 'vitest';
import type { TaFunctionSpec } from '../types.js';
import { candleFunctions } from './index.js';

type Bar = readonly [open: number, high: number, low: number, close: number];

const spec = (name: string): TaFunctionSpec => {
  const found = candleFunctions.find((fn) => fn.name === name);
  if (!found) throw new Error(`${name} is not registered`);
  return found;
};

/**
 * Runs a pattern over `bars`, passing each column as a view that does not
 * start at offset 0 of its buffer (as the engine's sliced columns do).
 */
function run(name: string, bars: readonly Bar[], options?: number[]): Float64Array {
  const fn = spec(name);
  const pad = 3;
  const columns = [0, 1, 2, 3].map((field) => {
    const buffer = new Float64Array(bars.length + pad).fill(-1);
    bars.forEach((bar, i) => (buffer[pad + i] = bar[field]));
    return buffer.subarray(pad);
  });
  return fn.compute(columns, options ?? fn.options.map((option) => option.defaultValue))[0];
}

/** The code on the last bar. */
const last = (name: string, bars: readonly Bar[], options?: number[]): number => {
  const out = run(name, bars, options);
  return out[out.length - 1];
};

/**
 * Twelve identical white candles: body 1, high-low range 2, shadows 0.5. Against
 * them TA-Lib's default settings read: long body > 1, short body < 1, doji body
 * ≤ 0.2, very short shadow < 0.2, "near" = 0.4, "far" = 1.2, "equal" = 0.1.
 */
const calm: Bar[] = Array.from({ length: 12 }, () => [100, 101.5, 99.5, 101] as const);
const after = (...bars: Bar[]): Bar[] => [...calm, ...bars];

describe('single-candle patterns', () => {
  it('CDLDOJI: open ≈ close', () => {
    expect(last('CDLDOJI', after([100, 101, 99, 100.05]))).toBe(100);
    expect(last('CDLDOJI', after([100, 101, 99, 100.5]))).toBe(0);
  });

  it('CDLDRAGONFLYDOJI: doji at the high, long lower shadow', () => {
    expect(last('CDLDRAGONFLYDOJI', after([101, 101.05, 99, 101.02]))).toBe(100);
    expect(last('CDLDRAGONFLYDOJI', after([101, 101.52, 99, 101.02]))).toBe(0); // upper shadow 0.5
  });

  it('CDLGRAVESTONEDOJI: doji at the low, long upper shadow', () => {
    expect(last('CDLGRAVESTONEDOJI', after([100, 102, 99.97, 100.02]))).toBe(100);
    expect(last('CDLGRAVESTONEDOJI', after([100, 102, 99.5, 100.02]))).toBe(0); // lower shadow 0.5
  });

  it('CDLMARUBOZU: long body without shadows, signed by colour', () => {
    expect(last('CDLMARUBOZU', after([100, 103, 99.95, 102.97]))).toBe(100);
    expect(last('CDLMARUBOZU', after([103, 103.02, 99.98, 100]))).toBe(-100);
    expect(last('CDLMARUBOZU', after([100, 103, 99, 102.97]))).toBe(0); // lower shadow 1
  });

  it('CDLSPINNINGTOP: small body, both shadows longer than it', () => {
    expect(last('CDLSPINNINGTOP', after([100, 101.5, 98.9, 100.5]))).toBe(100);
    expect(last('CDLSPINNINGTOP', after([100.5, 101.5, 99, 100]))).toBe(-100);
    expect(last('CDLSPINNINGTOP', after([100, 100.8, 98.9, 100.5]))).toBe(0); // upper shadow 0.3 < body 0.5
  });
});

describe('hammer family', () => {
  // The prior candle's low is 99.5 and its high 101.5; "near" is 0.4.
  it('CDLHAMMER: small body near the prior low, long lower shadow, no upper shadow', () => {
    expect(last('CDLHAMMER', after([99.6, 99.85, 98.5, 99.8]))).toBe(100);
    expect(last('CDLHAMMER', after([99.6, 100.5, 98.5, 99.8]))).toBe(0); // upper shadow 0.7
  });

  it('CDLHANGINGMAN: hammer shape near the prior high', () => {
    expect(last('CDLHANGINGMAN', after([101.3, 101.55, 100, 101.5]))).toBe(-100);
    expect(last('CDLHANGINGMAN', after([100.5, 100.75, 99.2, 100.7]))).toBe(0); // body too far below the prior high
  });

  it('CDLINVERTEDHAMMER: small body gapping down, long upper shadow', () => {
    expect(last('CDLINVERTEDHAMMER', after([99.5, 100.9, 99.45, 99.7]))).toBe(100);
    expect(last('CDLINVERTEDHAMMER', after([100.2, 101.6, 100.15, 100.4]))).toBe(0); // no body gap
  });

  it('CDLSHOOTINGSTAR: small body gapping up, long upper shadow', () => {
    expect(last('CDLSHOOTINGSTAR', after([101.2, 102.6, 101.15, 101.4]))).toBe(-100);
    expect(last('CDLSHOOTINGSTAR', after([100.8, 102.2, 100.75, 101]))).toBe(0); // no body gap
  });
});

describe('two-candle patterns', () => {
  const black: Bar = [101, 101.5, 99.5, 100];

  it('CDLENGULFING: the second body swallows the first, 80 when one end is shared', () => {
    expect(last('CDLENGULFING', after(black, [99.5, 102, 99, 101.5]))).toBe(100);
    expect(last('CDLENGULFING', after(black, [100, 102, 99.5, 101.5]))).toBe(80);
    expect(last('CDLENGULFING', after([101.5, 102, 99, 99.5]))).toBe(-100);
    expect(last('CDLENGULFING', after(black, [100.2, 101, 100, 100.8]))).toBe(0); // inside, not around
  });

  it('CDLHARAMI: a short body inside a long one, 80 when one end is shared', () => {
    const longBlack: Bar = [104, 104.5, 99.5, 100];
    expect(last('CDLHARAMI', after(longBlack, [101, 101.8, 100.8, 101.5]))).toBe(100);
    expect(last('CDLHARAMI', after(longBlack, [100, 100.8, 99.8, 100.5]))).toBe(80);
    expect(last('CDLHARAMI', after([100, 104.5, 99.5, 104], [103.5, 103.8, 102.8, 103]))).toBe(-100);
    expect(last('CDLHARAMI', after(longBlack, [103.5, 105, 103, 104.5]))).toBe(0); // pokes out of the first body
  });

  it('CDLPIERCING: long white opening below the long black low, closing past its midpoint', () => {
    const longBlack: Bar = [104, 104.2, 99.8, 100];
    expect(last('CDLPIERCING', after(longBlack, [99, 102.6, 98.9, 102.5]))).toBe(100);
    expect(last('CDLPIERCING', after(longBlack, [99, 101.6, 98.9, 101.5]))).toBe(0); // below the midpoint 102
  });

  it('CDLDARKCLOUDCOVER: black opening above the long white high, closing deep into it', () => {
    const longWhite: Bar = [100, 104.2, 99.8, 104];
    expect(last('CDLDARKCLOUDCOVER', after(longWhite, [105, 105.2, 101.4, 101.5]))).toBe(-100);
    expect(last('CDLDARKCLOUDCOVER', after(longWhite, [105, 105.2, 102.4, 102.5]))).toBe(0); // above the midpoint 102
    expect(last('CDLDARKCLOUDCOVER', after(longWhite, [105, 105.2, 102.4, 102.5]), [0.3])).toBe(-100); // 30% is enough
  });
});

describe('three-candle patterns', () => {
  it('CDLMORNINGSTAR: long black, star gapping down, white closing well into the first body', () => {
    const longBlack: Bar = [105, 105.2, 99.8, 100];
    const star: Bar = [99, 99.5, 98.5, 99.3];
    expect(last('CDLMORNINGSTAR', after(longBlack, star, [99.5, 103.2, 99.4, 103]))).toBe(100);
    expect(last('CDLMORNINGSTAR', after(longBlack, star, [99.5, 101.2, 99.4, 101]))).toBe(0); // short of 30% into the body
    expect(last('CDLMORNINGSTAR', after(longBlack, star, [99.5, 101.2, 99.4, 101]), [0.1])).toBe(100);
  });

  it('CDLEVENINGSTAR: long white, star gapping up, black closing well into the first body', () => {
    const longWhite: Bar = [100, 105.2, 99.8, 105];
    const star: Bar = [105.7, 106.5, 105.5, 106];
    expect(last('CDLEVENINGSTAR', after(longWhite, star, [105.5, 105.6, 101.5, 102]))).toBe(-100);
    expect(last('CDLEVENINGSTAR', after(longWhite, star, [105.5, 105.6, 103.5, 104]))).toBe(0); // short of 30% into the body
  });

  it('CDL3WHITESOLDIERS: three rising whites opening within the prior body, no upper shadows', () => {
    const first: Bar = [100, 102.05, 99.8, 102];
    const second: Bar = [101.5, 103.55, 101.3, 103.5];
    expect(last('CDL3WHITESOLDIERS', after(first, second, [103, 105.05, 102.8, 105]))).toBe(100);
    expect(last('CDL3WHITESOLDIERS', after(first, second, [103, 106, 102.8, 105]))).toBe(0); // third has an upper shadow
  });

  it('CDL3BLACKCROWS: after a white, three falling blacks opening within the prior body, closing on their lows', () => {
    const first: Bar = [101, 101.1, 99.45, 99.5];
    const second: Bar = [100.5, 100.6, 97.95, 98];
    expect(last('CDL3BLACKCROWS', after(first, second, [99, 99.1, 96.45, 96.5]))).toBe(-100);
    expect(last('CDL3BLACKCROWS', after(first, second, [97.9, 98, 96.45, 96.5]))).toBe(0); // opens below the second body
  });
});

describe('the output contract', () => {
  it('is NaN through the lookback and a code after it', () => {
    const out = run('CDLMORNINGSTAR', after([100, 101.5, 99.5, 101]));
    expect(out.length).toBe(13);
    expect([...out.subarray(0, 12)].every(Number.isNaN)).toBe(true);
    expect(out[12]).toBe(0);
  });

  it('is all NaN, without throwing, when the input is shorter than the lookback', () => {
    for (const fn of candleFunctions) {
      const out = run(fn.name, calm.slice(0, 2));
      expect(out.length, fn.name).toBe(2);
      expect([...out].every(Number.isNaN), fn.name).toBe(true);
    }
  });

  it('describes every pattern as a Pattern Recognition function over OHLC', () => {
    for (const fn of candleFunctions) {
      expect(fn.group).toBe('Pattern Recognition');
      expect(fn.inputs).toEqual([{ kind: 'price', name: 'inPriceOHLC', fields: ['open', 'high', 'low', 'close'] }]);
      expect(fn.outputs).toEqual(['outInteger']);
      expect(fn.integerOutputs).toBe(true);
    }
  });
});
