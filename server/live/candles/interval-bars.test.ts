import { describe, expect, it } from 'vitest';
import { allocateCandles } from '../../../src-worker/candles/types.js';
import { closesBar, toInterval } from './interval-bars.js';

const at = (text: string) => Date.parse(`2026-12-03T${text}:00+05:30`);

describe('live interval bars', () => {
  it('aligns buckets to 09:15 IST and ends the last one at the close', () => {
    expect(closesBar(at('09:19'), 5)).toBe(true);
    expect(closesBar(at('09:20'), 5)).toBe(false);
    expect(closesBar(at('10:14'), 60)).toBe(true);
    expect(closesBar(at('15:29'), 60)).toBe(true);
    expect(closesBar(at('15:29'), 1)).toBe(true);
    expect(closesBar(at('16:00'), 1)).toBe(false);
  });

  it('groups minutes into 3-minute bars stamped with the bucket start, skipping empty minutes', () => {
    const minutes = allocateCandles(4);
    [at('09:15'), at('09:17'), at('09:18'), at('09:22')].forEach((ms, i) => {
      minutes.time[i] = ms / 1000;
      minutes.open[i] = 10 + i;
      minutes.high[i] = 20 + i;
      minutes.low[i] = 5 + i;
      minutes.close[i] = 11 + i;
      minutes.volume[i] = 100;
    });
    const bars = toInterval(minutes, 3);
    expect([...bars.time]).toEqual([at('09:15') / 1000, at('09:18') / 1000, at('09:21') / 1000]);
    expect([bars.open[0], bars.high[0], bars.low[0], bars.close[0], bars.volume[0]]).toEqual([10, 21, 5, 12, 200]);
  });
});
