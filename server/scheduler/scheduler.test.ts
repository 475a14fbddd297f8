import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../http/logger.js';
import { openStore, storePath, type Schedule, type ScheduleTiming, type Store } from '../store/index.js';
import { createCalendarClient } from './calendar-fakes.js';
import { createFakeClock, type FakeClock } from './fake-clock.js';
import { createMarketCalendar } from './market-calendar.js';
import { createScheduler, type Scheduler } from './scheduler.js';

const ist = (text: string) => Date.parse(`${text}:00+05:30`);
const MINUTE = 60_000;

let dir: string;
let store: Store;
let clock: FakeClock;
let logs: { level: string; msg: string }[];
let fired: { scheduleId: string; at: number }[];
/** Runs end when the test says so. */
let finishRuns: (() => void)[];
let scheduler: Scheduler | null;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'fluxscan-scheduler-'));
  store = await openStore(storePath(dir));
  logs = [];
  fired = [];
  finishRuns = [];
  scheduler = null;
});
afterEach(async () => {
  for (const finish of finishRuns) finish();
  await scheduler?.stop();
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

async function createSchedule(
  timing: ScheduleTiming,
  extra: { marketHoursOnly?: boolean } = {},
  savedAt?: number
): Promise<Schedule> {
  const scanner = await store.scanners.create({
    name: `s${Math.random()}`,
    description: '',
    category: '',
    source: 'Filter = 1'
  });
  const watchlist = await store.watchlists.create({
    name: `w${Math.random()}`,
    symbols: [{ symbol: 'SBIN', exchange: 'NSE' }]
  });
  if ('error' in scanner || 'error' in watchlist) throw new Error('fixture failed');
  const created = await store.schedules.create(
    { scannerId: scanner.data.id, watchlistId: watchlist.data.id, ...timing, ...extra },
    savedAt
  );
  if ('error' in created) throw new Error(created.error.message);
  return created.data;
}

function startScheduler(start: number) {
  clock = createFakeClock(start);
  const logger = createLogger({ level: 'debug', write: (line) => logs.push(JSON.parse(line)) });
  scheduler = createScheduler({
    schedules: store.schedules,
    calendar: createMarketCalendar({ client: createCalendarClient() }),
    clock,
    logger,
    runSchedule: (schedule, { firedAt, signal }) => {
      fired.push({ scheduleId: schedule.id, at: firedAt });
      return new Promise<void>((resolve) => {
        finishRuns.push(resolve);
        signal.addEventListener('abort', () => resolve());
      });
    }
  });
  return scheduler;
}

/** Moves the fake clock to `time` a step at a time, letting each pass finish before the next timer. */
async function advanceTo(time: number) {
  while (clock.now() < time) {
    clock.advance(Math.min(MINUTE, time - clock.now()));
    await passes();
  }
}
const passes = async () => {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
  await Promise.race([scheduler!.idle(), new Promise((resolve) => setTimeout(resolve, 20))]);
};
const nextRunOf = async (id: string) => (await store.schedules.get(id))!.nextRunAt;

describe('scheduler', () => {
  it('works out nextRunAt for new schedules and fires them on time', async () => {
    const daily = await createSchedule({ kind: 'daily', spec: { times: ['09:20'] } });
    await startScheduler(ist('2026-01-23T09:00')).start();
    expect(await nextRunOf(daily.id)).toBe(ist('2026-01-23T09:20'));
    expect((await scheduler!.status()).nextRunAt).toBe(ist('2026-01-23T09:20'));
    await advanceTo(ist('2026-01-23T09:19'));
    expect(fired).toEqual([]);
    await advanceTo(ist('2026-01-23T09:21'));
    expect(fired).toEqual([{ scheduleId: daily.id, at: ist('2026-01-23T09:20') }]);
    const after = (await store.schedules.get(daily.id))!;
    expect(after).toMatchObject({ lastRunAt: ist('2026-01-23T09:20'), nextRunAt: ist('2026-01-24T09:20') });
  });

  it('never runs a schedule twice at once: a time that comes during its run is skipped and logged', async () => {
    const every5 = await createSchedule({ kind: 'interval', spec: { minutes: 5 } });
    await startScheduler(ist('2026-01-23T10:00')).start();
    await advanceTo(ist('2026-01-23T10:05'));
    expect(fired).toHaveLength(1);
    await advanceTo(ist('2026-01-23T10:12'));
    expect(fired).toHaveLength(1);
    expect(logs.filter((l) => l.msg === 'schedule skipped: its previous run is still going')).toHaveLength(1);
    expect(await nextRunOf(every5.id)).toBe(ist('2026-01-23T10:15'));
    expect((await store.schedules.get(every5.id))!.lastSkip).toMatchObject({
      dueAt: ist('2026-01-23T10:10'),
      reason: 'its previous run is still going'
    });
    finishRuns.shift()!();
    await advanceTo(ist('2026-01-23T10:15'));
    expect(fired.map((f) => f.at)).toEqual([ist('2026-01-23T10:05'), ist('2026-01-23T10:15')]);
  });

  it('runs once at start-up what was missed by less than the grace period (several missed times coalesce)', async () => {
    const every5 = await createSchedule({ kind: 'interval', spec: { minutes: 5 } });
    // The server stopped with a run due at 10:00; it is back at 10:03, before the next time (10:05).
    await store.schedules.setRunTimes(every5.id, {
      nextRunAt: ist('2026-01-23T10:00'),
      lastRunAt: ist('2026-01-23T09:55')
    });
    const daily = await createSchedule({ kind: 'daily', spec: { times: ['09:50'] } });
    await store.schedules.setRunTimes(daily.id, { nextRunAt: ist('2026-01-23T09:50') });
    await startScheduler(ist('2026-01-23T10:03')).start();
    expect(fired).toEqual([
      { scheduleId: every5.id, at: ist('2026-01-23T10:03') },
      { scheduleId: daily.id, at: ist('2026-01-23T10:03') }
    ]);
    expect(await nextRunOf(every5.id)).toBe(ist('2026-01-23T10:08'));
    expect(await nextRunOf(daily.id)).toBe(ist('2026-01-24T09:50'));
  });

  it('skips at start-up what was missed by more than the grace period, and logs it', async () => {
    const daily = await createSchedule({ kind: 'daily', spec: { times: ['09:20'] } });
    await store.schedules.setRunTimes(daily.id, { nextRunAt: ist('2026-01-23T09:20') });
    const every5 = await createSchedule({ kind: 'interval', spec: { minutes: 5 } });
    // Missed by 6 minutes: within 15, but the following time (10:05) had already come.
    await store.schedules.setRunTimes(every5.id, {
      nextRunAt: ist('2026-01-23T10:00'),
      lastRunAt: ist('2026-01-23T09:55')
    });
    await startScheduler(ist('2026-01-23T10:06')).start();
    expect(fired).toEqual([]);
    expect(await nextRunOf(daily.id)).toBe(ist('2026-01-24T09:20'));
    expect(await nextRunOf(every5.id)).toBe(ist('2026-01-23T10:10'));
    expect(logs.filter((l) => l.msg === 'schedule skipped: missed by more than the grace period')).toHaveLength(2);
    expect((await store.schedules.get(daily.id))!.lastSkip).toEqual({
      at: ist('2026-01-23T10:06'),
      dueAt: ist('2026-01-23T09:20'),
      reason: 'missed by more than the grace period'
    });
  });

  it('runs a once schedule once and then has no next run', async () => {
    const once = await createSchedule({ kind: 'once', spec: { at: ist('2026-01-23T10:30') } });
    await startScheduler(ist('2026-01-23T10:00')).start();
    await advanceTo(ist('2026-01-23T10:31'));
    finishRuns.shift()!();
    await advanceTo(ist('2026-01-23T11:30'));
    expect(fired).toHaveLength(1);
    expect(await store.schedules.get(once.id)).toMatchObject({ nextRunAt: null, lastRunAt: ist('2026-01-23T10:30') });
  });

  it('runs a once schedule due before its first look, counting from when it was saved', async () => {
    const saved = ist('2026-01-23T10:00');
    const once = await createSchedule({ kind: 'once', spec: { at: saved + 3_000 } }, {}, saved);
    // The scheduler's first look comes 5 s after the save, when the time has passed.
    await startScheduler(saved + 5_000).start();
    expect(fired).toEqual([{ scheduleId: once.id, at: saved + 5_000 }]);
    expect(await store.schedules.get(once.id)).toMatchObject({
      nextRunAt: null,
      lastRunAt: saved + 5_000,
      lastSkip: null
    });
  });

  it('skips a once schedule missed by more than the grace period visibly on the schedule, and only once', async () => {
    const saved = ist('2026-01-23T10:00');
    const once = await createSchedule({ kind: 'once', spec: { at: saved + 3_000 } }, {}, saved);
    await startScheduler(saved + 20 * MINUTE).start();
    expect(fired).toEqual([]);
    expect((await store.schedules.get(once.id))!.lastSkip).toEqual({
      at: saved + 20 * MINUTE,
      dueAt: saved + 3_000,
      reason: 'missed by more than the grace period'
    });
    expect(logs.filter((l) => l.msg === 'schedule skipped: missed by more than the grace period')).toHaveLength(1);
    await scheduler!.stop();
    // A restart an hour later looks at it again and finds nothing new to skip.
    await startScheduler(saved + 90 * MINUTE).start();
    expect(logs.filter((l) => l.msg.startsWith('schedule skipped'))).toHaveLength(1);
    expect(fired).toEqual([]);
  });

  it('says so on the schedule when a once time had already passed when it was saved', async () => {
    const saved = ist('2026-01-23T10:00');
    const once = await createSchedule({ kind: 'once', spec: { at: saved - MINUTE } }, {}, saved);
    await startScheduler(saved + 1_000).start();
    expect(fired).toEqual([]);
    expect((await store.schedules.get(once.id))!.lastSkip).toEqual({
      at: saved + 1_000,
      dueAt: saved - MINUTE,
      reason: 'its time had passed when it was saved'
    });
  });

  it('market hours only: a Friday-evening interval next runs at Tuesday open after the Monday holiday', async () => {
    const every30 = await createSchedule({ kind: 'interval', spec: { minutes: 30 } }, { marketHoursOnly: true });
    await startScheduler(ist('2026-01-23T16:00')).start();
    expect(await nextRunOf(every30.id)).toBe(ist('2026-01-27T09:15'));
  });

  it('stop() aborts runs under way and reports not running', async () => {
    await createSchedule({ kind: 'interval', spec: { minutes: 1 } });
    await startScheduler(ist('2026-01-23T10:00')).start();
    await advanceTo(ist('2026-01-23T10:01'));
    expect((await scheduler!.status()).activeRuns).toBe(1);
    await scheduler!.stop();
    expect(await scheduler!.status()).toMatchObject({ running: false, activeRuns: 0 });
  });
});
