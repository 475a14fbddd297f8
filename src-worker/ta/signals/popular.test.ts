import { describe, expect, it } from 'vitest';
import { realCandles } from '../../../tests/fixtures/real-candles.js';
import { firstDifference } from '../extras/test-support.js';
import { taFunctions } from '../index.js';
import { STREAMING_REFERENCES, streamReference } from './streaming-reference.js';
import {
  chaikinMoneyFlow,
  chandelierExit,
  hullMovingAverage,
  ichimoku,
  relativeVolume,
  ttmSqueeze
} from './published-formulas.js';

const fn = (name: string) => {
  const spec = taFunctions.get(name);
  if (!spec) throw new Error(`${name} is not registered`);
  return spec;
};

describe.each(['INFY', 'HDFCBANK', 'ADANIENT'])('the popular six against their published formulas on %s', (symbol) => {
  const c = realCandles(symbol);
  const [high, low, close, volume] = [c.high, c.low, c.close, c.volume].map((s) => Array.from(s));
  const expectSame = (actual: Float64Array[], expected: number[][]) =>
    expected.forEach((line, o) => expect(firstDifference(actual[o], line), `output ${o}`).toBeNull());

  it.each([[4], [9], [16], [20], [55]])('HMA(close, %i)', (n) => {
    expectSame(fn('HMA').compute([c.close], [n]), [hullMovingAverage(close, n)]);
  });

  it.each([
    [9, 26, 52],
    [7, 22, 44],
    [20, 10, 5]
  ])('ICHIMOKU(high, low, close, %i, %i, %i)', (conversion, base, spanB) => {
    expectSame(
      fn('ICHIMOKU').compute([c.high, c.low, c.close], [conversion, base, spanB, 26]),
      ichimoku(high, low, close, conversion, base, spanB)
    );
  });

  it.each([[1], [20], [50]])('CMF(high, low, close, volume, %i)', (n) => {
    expectSame(fn('CMF').compute([c.high, c.low, c.close, c.volume], [n]), [
      chaikinMoneyFlow(high, low, close, volume, n)
    ]);
  });

  it.each([[1], [20], [63]])('RVOL(volume, %i)', (n) => {
    expectSame(fn('RVOL').compute([c.volume], [n]), [relativeVolume(volume, n)]);
  });

  it.each([
    [20, 2, 1.5],
    [10, 1.5, 1],
    [2, 2, 2]
  ])('SQUEEZE(high, low, close, %i, %f, %f)', (n, bb, kc) => {
    expectSame(fn('SQUEEZE').compute([c.high, c.low, c.close], [n, bb, kc]), ttmSqueeze(high, low, close, n, bb, kc));
  });

  it.each([
    [22, 3],
    [10, 2.5],
    [1, 1]
  ])('CE(high, low, close, %i, %f)', (n, m) => {
    expectSame(fn('CE').compute([c.high, c.low, c.close], [n, m]), chandelierExit(high, low, close, n, m));
  });
});

describe('documented conventions, hand-checked', () => {
  it('CMF counts a bar with high = low as no money flow, and RVOL is volume over the mean of the bars before it', () => {
    const [high, low, close, volume] = [
      [10, 12, 11],
      [10, 10, 9],
      [10, 12, 10],
      [100, 200, 300]
    ].map((s) => Float64Array.from(s));
    // Flows: 0 (high = low), +200, (1 − 1) / 2 × 300 = 0.
    expect(Array.from(fn('CMF').compute([high, low, close, volume], [2])[0])).toEqual([NaN, 200 / 300, 200 / 500]);
    expect(Array.from(fn('RVOL').compute([volume], [2])[0])).toEqual([NaN, NaN, 300 / 150]);
  });

  it('SQUEEZE is on only while the bands are inside the channel; its states are 1 and 0', () => {
    const c = realCandles('INFY');
    const [on] = fn('SQUEEZE').compute([c.high, c.low, c.close], [20, 2, 1.5]);
    const states = new Set(Array.from(on).filter(Number.isFinite));
    expect([...states].sort()).toEqual([0, 1]);
  });

  it('HMA(close, 2) is the WMA(2) of 2·close − WMA(close, 2), i.e. starts at bar 1', () => {
    const close = Float64Array.from([1, 2, 4]);
    // WMA(1) = close, WMA(2) = (x[i−1] + 2x[i]) / 3, root 1 → the lag-reduced series itself.
    expect(Array.from(fn('HMA').compute([close], [2])[0])).toEqual([NaN, 2 * 2 - 5 / 3, 2 * 4 - 10 / 3]);
  });

  it('over a flat stretch (a suspended stock) BBW is 0 and PB 0.5, where trading-signals leaves a rounding-size band', () => {
    const c = realCandles('INFY');
    const close = Float64Array.from(c.close);
    close.fill(close[100], 100, 140);
    const [bbw] = fn('BBW').compute([close], [20, 2]);
    const [pb] = fn('PB').compute([close], [20, 2]);
    expect(firstDifference(bbw, streamReference(STREAMING_REFERENCES.BBW, { ...c, close }, 1)[0])).toBeNull();
    expect(Array.from(bbw.subarray(119, 140))).toEqual(new Array(21).fill(0));
    expect(Array.from(pb.subarray(119, 140))).toEqual(new Array(21).fill(0.5));
  });
});
