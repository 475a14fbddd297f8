import { describe, expect, it } from 'vitest';
import { createCalendarClient } from './calendar-fakes.js';
import { createMarketCalendar } from './market-calendar.js';
import { computeNextRunAt, type ScheduleTimes } from './next-run.js';

/** An instant given as IST wall-clock time. */
const ist = (text: string) => Date.parse(`${text}:00+05:30`);
const iso = (ms: number | null) =>
  ms === null ? null : new Date(ms + 5.5 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
const calendar = () => createMarketCalendar({ client: createCalendarClient() });
const schedule = (timing: Pick<ScheduleTimes, 'kind' | 'spec'>, extra: Partial<ScheduleTimes> = {}): ScheduleTimes =>
  ({ ...timing, timezone: 'Asia/Kolkata', marketHoursOnly: false, lastRunAt: null, ...extra }) as ScheduleTimes;

describe('next run, any hour', () => {
  it('once: its instant until it has run, then never', async () => {
    const once = schedule({ kind: 'once', spec: { at: ist('2026-01-23T10:00') } });
    expect(await computeNextRunAt(once, ist('2026-01-23T09:00'), calendar())).toBe(ist('2026-01-23T10:00'));
    expect(
      await computeNextRunAt({ ...once, lastRunAt: ist('2026-01-23T10:00') }, ist('2026-01-23T09:00'), calendar())
    ).toBeNull();
    expect(await computeNextRunAt(once, ist('2026-01-23T10:01'), calendar())).toBeNull();
  });

  it('interval: N minutes after the last run, on that grid when runs were skipped', async () => {
    const every15 = schedule({ kind: 'interval', spec: { minutes: 15 } }, { lastRunAt: ist('2026-01-23T10:00') });
    expect(iso(await computeNextRunAt(every15, ist('2026-01-23T10:00'), calendar()))).toBe('2026-01-23 10:15');
    expect(iso(await computeNextRunAt(every15, ist('2026-01-23T10:40'), calendar()))).toBe('2026-01-23 10:45');
    expect(iso(await computeNextRunAt({ ...every15, lastRunAt: null }, ist('2026-01-23T10:07'), calendar()))).toBe(
      '2026-01-23 10:22'
    );
  });

  it('daily: the next listed time in IST, whatever the server timezone', async () => {
    const daily = schedule({ kind: 'daily', spec: { times: ['09:20', '15:45'] } });
    expect(iso(await computeNextRunAt(daily, ist('2026-01-23T09:20'), calendar()))).toBe('2026-01-23 15:45');
    expect(iso(await computeNextRunAt(daily, ist('2026-01-23T16:00'), calendar()))).toBe('2026-01-24 09:20');
    // 09:20 IST is 03:50 UTC.
    expect(new Date((await computeNextRunAt(daily, ist('2026-01-23T08:00'), calendar()))!).toISOString()).toBe(
      '2026-01-23T03:50:00.000Z'
    );
  });

  it('daily in another timezone follows that zone', async () => {
    const london = schedule({ kind: 'daily', spec: { times: ['08:00'] } }, { timezone: 'Europe/London' });
    expect(
      new Date((await computeNextRunAt(london, Date.parse('2026-07-01T00:00:00Z'), calendar()))!).toISOString()
    ).toBe('2026-07-01T07:00:00.000Z');
  });

  it('weekly: listed days at listed times', async () => {
    const weekly = schedule({ kind: 'weekly', spec: { days: ['mon', 'thu'], times: ['09:30'] } });
    // Friday 2026-01-23 → Monday 2026-01-26 (a holiday, but any-hour schedules do not care).
    expect(iso(await computeNextRunAt(weekly, ist('2026-01-23T12:00'), calendar()))).toBe('2026-01-26 09:30');
    expect(iso(await computeNextRunAt(weekly, ist('2026-01-26T09:30'), calendar()))).toBe('2026-01-29 09:30');
  });

  it('cron: croner in the schedule timezone', async () => {
    const cron = schedule({ kind: 'cron', spec: { expression: '*/20 10 * * 1-5' } });
    expect(iso(await computeNextRunAt(cron, ist('2026-01-23T10:05'), calendar()))).toBe('2026-01-23 10:20');
    expect(iso(await computeNextRunAt(cron, ist('2026-01-23T10:45'), calendar()))).toBe('2026-01-26 10:00');
  });
});

describe('next run, market hours only', () => {
  const marketHours = { marketHoursOnly: true };

  it('skips weekends and NSE holidays (Republic Day, Monday 2026-01-26)', async () => {
    const daily = schedule({ kind: 'daily', spec: { times: ['10:00'] } }, marketHours);
    expect(iso(await computeNextRunAt(daily, ist('2026-01-23T11:00'), calendar()))).toBe('2026-01-27 10:00');
    const weekly = schedule({ kind: 'weekly', spec: { days: ['mon'], times: ['10:00'] } }, marketHours);
    expect(iso(await computeNextRunAt(weekly, ist('2026-01-23T11:00'), calendar()))).toBe('2026-02-02 10:00');
  });

  it('counts the open and the close as market hours, not a minute outside', async () => {
    const daily = schedule({ kind: 'daily', spec: { times: ['09:14', '09:15', '15:30', '15:31'] } }, marketHours);
    expect(iso(await computeNextRunAt(daily, ist('2026-01-27T08:00'), calendar()))).toBe('2026-01-27 09:15');
    expect(iso(await computeNextRunAt(daily, ist('2026-01-27T09:15'), calendar()))).toBe('2026-01-27 15:30');
    expect(iso(await computeNextRunAt(daily, ist('2026-01-27T15:30'), calendar()))).toBe('2026-01-28 09:15');
  });

  it('interval: runs at the next open after hours, then every N minutes from there', async () => {
    const every15 = schedule(
      { kind: 'interval', spec: { minutes: 15 } },
      { ...marketHours, lastRunAt: ist('2026-01-23T15:20') }
    );
    expect(iso(await computeNextRunAt(every15, ist('2026-01-23T15:20'), calendar()))).toBe('2026-01-27 09:15');
    const opened = { ...every15, lastRunAt: ist('2026-01-27T09:15') };
    expect(iso(await computeNextRunAt(opened, ist('2026-01-27T09:15'), calendar()))).toBe('2026-01-27 09:30');
  });

  it('cron outside market hours only runs on the times that fall inside', async () => {
    const cron = schedule({ kind: 'cron', spec: { expression: '0 * * * *' } }, marketHours);
    expect(iso(await computeNextRunAt(cron, ist('2026-01-24T20:00'), calendar()))).toBe('2026-01-27 10:00');
  });

  it('once outside market hours, or a time that never falls inside, has no next run', async () => {
    expect(
      await computeNextRunAt(
        schedule({ kind: 'once', spec: { at: ist('2026-01-24T10:00') } }, marketHours),
        ist('2026-01-23T10:00'),
        calendar()
      )
    ).toBeNull();
    expect(
      await computeNextRunAt(
        schedule({ kind: 'daily', spec: { times: ['20:00'] } }, marketHours),
        ist('2026-01-23T10:00'),
        calendar()
      )
    ).toBeNull();
  });
});

describe('market calendar', () => {
  it('asks OpenAlgo once per year for holidays and once per trading date for timings', async () => {
    const client = createCalendarClient();
    const cal = createMarketCalendar({ client });
    await cal.sessionsOn('2026-01-26' as never);
    await cal.sessionsOn('2026-01-27' as never);
    await cal.sessionsOn('2026-01-27' as never);
    await cal.sessionsOn('2026-01-24' as never);
    expect(client.calls).toEqual({ holidays: 1, timings: 1 });
  });

  it('falls back to the built-in calendar when OpenAlgo cannot answer, logs it, and asks again later', async () => {
    const client = createCalendarClient({ failing: true });
    const warnings: string[] = [];
    let now = ist('2026-01-23T10:00');
    const cal = createMarketCalendar({
      client,
      logger: { warn: (msg) => warnings.push(msg) },
      now: () => now,
      retryAfterMs: 60_000
    });
    expect(await cal.sessionsOn('2026-01-26' as never)).toEqual([]);
    expect(await cal.sessionsOn('2026-01-27' as never)).toEqual([
      { start: ist('2026-01-27T09:15'), end: ist('2026-01-27T15:30') }
    ]);
    expect(warnings).toEqual(['market holidays unavailable from OpenAlgo; using the built-in NSE calendar']);
    client.failing = false;
    await cal.sessionsOn('2026-01-27' as never);
    expect(client.calls.holidays).toBe(1);
    now += 61_000;
    await cal.sessionsOn('2026-01-27' as never);
    expect(client.calls).toEqual({ holidays: 2, timings: 1 });
  });
});
