import { describe, expect, it } from 'vitest';
import { busiestDays, eventsOnDay } from './day-events';
import { realBacktest } from './test-helpers';

describe('eventsOnDay', () => {
  const backtest = realBacktest();

  it('lists as many events on each day as the engine counted symbols that day', () => {
    for (const day of backtest.hitsPerDay) expect(eventsOnDay(backtest.events, day.date)).toHaveLength(day.hits);
  });

  it('matches days by the IST date of the signal bar', () => {
    const [first] = busiestDays(backtest.hitsPerDay);
    expect(
      eventsOnDay(backtest.events, first.date).every((e) =>
        new Date(e.barTime * 1000 + 19_800_000).toISOString().startsWith(first.date)
      )
    ).toBe(true);
  });
});

describe('busiestDays', () => {
  it('leaves out quiet days and puts the busiest first', () => {
    const days = busiestDays([
      { date: '2026-01-01', hits: 1 },
      { date: '2026-01-02', hits: 0 },
      { date: '2026-01-03', hits: 3 },
      { date: '2026-01-04', hits: 1 }
    ]);
    expect(days.map((d) => d.date)).toEqual(['2026-01-03', '2026-01-04', '2026-01-01']);
  });
});
