import { describe, expect, it } from 'vitest';
import { taFunctions } from '../index.js';
import { firstDifference, infyCandles } from './test-support.js';
import { VWAP } from './vwap.js';

/** The IST calendar date of an epoch-seconds time, via the platform's time-zone database. */
const istDate = (time: number) => new Date(time * 1000).toLocaleDateString('en-CA', { timeZone: 'Asia/Kolkata' });

/** Session VWAP with sessions found by grouping bars on their IST date string. */
function referenceVwap(high: number[], low: number[], close: number[], volume: number[], time: number[]): number[] {
  const out: number[] = [];
  let session = '';
  let pv = 0;
  let v = 0;
  time.forEach((t, i) => {
    if (istDate(t) !== session) [session, pv, v] = [istDate(t), 0, 0];
    pv += (volume[i] * (high[i] + low[i] + close[i])) / 3;
    v += volume[i];
    out.push(v > 0 ? pv / v : NaN);
  });
  return out;
}

/** Epoch seconds of an IST wall-clock time. */
const ist = (isoLocal: string) => Date.parse(`${isoLocal}+05:30`) / 1000;

describe('VWAP', () => {
  it('is registered as a FluxScan extra', () => {
    expect(taFunctions.get('VWAP')?.group).toBe('FluxScan Extras');
  });

  it('equals the typical price on daily bars (INFY)', () => {
    const c = infyCandles();
    const [out] = VWAP.compute([c.high, c.low, c.close, c.volume, c.time], []);
    const typical = Array.from(c.close, (close, i) => (c.high[i] + c.low[i] + close) / 3);
    expect(firstDifference(out, typical)).toBeNull();
  });

  it('matches a date-string session reference on synthetic minute bars built from INFY prices', () => {
    const c = infyCandles();
    // 120 INFY bars replayed as 5-minute bars from 09:15 IST, 40 per session, over three days.
    const time = Float64Array.from(
      { length: 120 },
      (_, i) => ist(`2025-03-0${3 + Math.floor(i / 40)}T09:15:00`) + (i % 40) * 300
    );
    const cols = [c.high, c.low, c.close, c.volume].map((s) => s.slice(0, 120));
    const [out] = VWAP.compute([...cols, time], []);
    const ref = referenceVwap(
      ...(cols.map((s) => Array.from(s)) as [number[], number[], number[], number[]]),
      Array.from(time)
    );
    expect(firstDifference(out, ref)).toBeNull();
  });

  it('resets at IST midnight, not UTC midnight (hand-checked)', () => {
    const time = Float64Array.from([
      ist('2025-03-03T23:58:00'), // 18:28 UTC
      ist('2025-03-04T00:02:00'), // 18:32 UTC, same UTC day: a new IST session
      ist('2025-03-04T05:00:00'), // 23:30 UTC on 3 March
      ist('2025-03-04T06:00:00') // 00:30 UTC on 4 March, still the same IST session
    ]);
    const high = Float64Array.from([12, 21, 33, 42]);
    const low = Float64Array.from([9, 18, 27, 36]);
    const close = Float64Array.from([9, 21, 30, 42]); // typical prices 10, 20, 30, 40
    const volume = Float64Array.from([5, 1, 1, 2]);
    const [out] = VWAP.compute([high, low, close, volume, time], []);
    expect(Array.from(out)).toEqual([10, 20, 25, (20 + 30 + 80) / 4]);
  });

  it('is NaN until the session trades volume', () => {
    const time = Float64Array.from([ist('2025-03-03T09:15:00'), ist('2025-03-03T09:16:00')]);
    const [out] = VWAP.compute(
      [Float64Array.of(2, 4), Float64Array.of(2, 4), Float64Array.of(2, 4), Float64Array.of(0, 3), time],
      []
    );
    expect(Array.from(out)).toEqual([NaN, 4]);
  });
});
