import { describe, expect, it } from 'vitest';
import { lastBars } from '$engine/candles/types';
import { realCandles } from '../../../tests/fixtures/real-candles';
import { eventChartView } from './event-markers';
import { realBacktest } from './test-helpers';

describe('eventChartView', () => {
  const backtest = realBacktest();
  const candles = lastBars(realCandles('INFY'), 200);
  const infy = backtest.events.filter((e) => e.symbol === 'INFY');

  it('marks the signal, entry at the next bar and exit h bars after, on the bars around the event', () => {
    const event = infy[0];
    const view = eventChartView(candles, event, 5);
    if ('error' in view) throw new Error(view.error);
    const t = candles.time.indexOf(event.barTime);
    expect(view.markers.map((m) => m.time)).toEqual([candles.time[t], candles.time[t + 1], candles.time[t + 5]]);
    expect(view.markers.map((m) => m.signal)).toEqual([event.signal, 'Entry', 'Exit 5']);
    // The entry marker's bar opens at the event's entry price.
    expect(view.candles.open[view.candles.time.indexOf(view.markers[1].time)]).toBe(event.entry);
    expect(view.candles.time[0]).toBe(candles.time[Math.max(0, t - 60)]);
    expect(view.note).toBeNull();
  });

  it('says so when the exit bar is not there yet', () => {
    const view = eventChartView(candles, infy.at(-1)!, 20);
    if ('error' in view) throw new Error(view.error);
    expect(view.markers.map((m) => m.signal)).not.toContain('Exit 20');
    expect(view.note).toBe('no bar 20 after the signal yet: no exit');
  });

  it('refuses candles without the signal bar', () => {
    expect(eventChartView(lastBars(candles, 5), infy[0], 5)).toEqual({
      error: 'the signal bar is not among the loaded candles'
    });
  });
});
