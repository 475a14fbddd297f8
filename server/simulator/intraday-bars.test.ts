import { describe, expect, it } from 'vitest';
import { sessionSegments, type IstDate } from '../../src-worker/calendar/index.js';
import { aggregateBars } from '../../src-worker/candles/aggregate-bars.js';
import { minuteBars } from './intraday-bars.js';
import { createRandom } from './seeded-random.js';

describe('minuteBars', () => {
  it('aggregates exactly to the day bar, for many random days', () => {
    const random = createRandom(7);
    for (let n = 0; n < 200; n++) {
      const open = 100 + Math.round(random() * 2000) / 20;
      const close = 100 + Math.round(random() * 2000) / 20;
      const day = {
        open,
        close,
        high: Math.round((Math.max(open, close) + Math.round(random() * 100) / 20) * 100) / 100,
        low: Math.round((Math.min(open, close) - Math.round(random() * 100) / 20) * 100) / 100,
        volume: Math.round(random() * 1e6)
      };
      const date = (n % 2 ? '2025-04-01' : '2024-03-02') as IstDate; // a normal day and a two-segment drill
      const minutes = minuteBars(day, sessionSegments(date), n);
      const total = aggregateBars(minutes, () => 0);
      expect({
        open: total.open[0],
        high: total.high[0],
        low: total.low[0],
        close: total.close[0],
        volume: total.volume[0]
      }).toEqual(day);
      for (let i = 0; i < minutes.time.length; i++) {
        expect(minutes.high[i]).toBeGreaterThanOrEqual(Math.max(minutes.open[i], minutes.close[i]));
        expect(minutes.low[i]).toBeLessThanOrEqual(Math.min(minutes.open[i], minutes.close[i]));
      }
    }
  });

  it('covers the session minute by minute', () => {
    const minutes = minuteBars(
      { open: 10, high: 11, low: 9, close: 10.5, volume: 1000 },
      sessionSegments('2025-04-01' as IstDate),
      1
    );
    expect(minutes.time.length).toBe(375);
    expect(minutes.time[0]).toBe(Date.parse('2025-04-01T09:15:00+05:30') / 1000);
    expect(minutes.time[374]).toBe(Date.parse('2025-04-01T15:29:00+05:30') / 1000);
  });
});
