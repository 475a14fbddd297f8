/**
 * The scan scheduler.
 *
 * Missed-run policy: when the server was down (or asleep) at a schedule's time, the run is
 * made up once as soon as the server is back, but only if it is late by less than the grace
 * period: 15 minutes, or the gap to the schedule's following time when that is shorter. Several
 * missed times of one schedule collapse into that single run. A run missed by more is skipped
 * and logged, and the schedule carries on from its next time after now. The same rule applies
 * whenever the loop wakes late, and the API reports it as `missedRunPolicy`.
 *
 * Overlap: a schedule never has two runs at once; a time that comes while its previous run is
 * still going is skipped.
 *
 * A new or edited schedule's first time is counted from when it was saved, so a time that comes
 * before the loop's next look (a `once` seconds ahead) still runs, under the same grace. Every skip
 * is logged and stored on the schedule as `lastSkip` {at, dueAt, reason}.
 */
import type { Logger } from '../http/logger.js';
import { capErrorText, type Schedule, type Store } from '../store/index.js';
import { systemClock, type Clock } from './clock.js';
import type { MarketCalendar } from './market-calendar.js';
import { isWithinGrace, MISSED_RUN_GRACE_MS } from './missed-run-policy.js';
import { computeNextRunAt } from './next-run.js';

/** Runs one schedule's scan; resolves when the run has ended. `signal` aborts on shutdown. */
export type RunSchedule = (schedule: Schedule, context: { firedAt: number; signal: AbortSignal }) => Promise<unknown>;

export interface SchedulerOptions {
  schedules: Store['schedules'];
  calendar: MarketCalendar;
  runSchedule: RunSchedule;
  clock?: Clock;
  logger?: Logger;
  /** The longest the loop sleeps, so new or edited schedules (nextRunAt null) get their time soon. */
  pollMs?: number;
  missedRunGraceMs?: number;
}

export interface SchedulerStatus {
  running: boolean;
  /** The earliest next run of any enabled schedule (epoch ms), or null. */
  nextRunAt: number | null;
  /** Schedules whose run is under way. */
  activeRuns: number;
}

export interface Scheduler {
  /** Applies the missed-run policy to what fell due while the server was down, then keeps firing due schedules. */
  start(): Promise<void>;
  /** Stops firing, aborts runs under way and waits for them to end. */
  stop(): Promise<void>;
  status(): Promise<SchedulerStatus>;
  /** Resolves once the current pass and every run it started have finished (for tests). */
  idle(): Promise<void>;
}

/** A schedule with no next run keeps `nextRunAt` null; it is worked out again when edited or after this long. */
const NEVER_RECHECK_MS = 60 * 60_000;

/**
 * Fires due schedules from the store on an injectable clock. A schedule never has two runs at
 * once: when its time comes while the previous run is still going, that time is skipped and logged.
 * Missed runs follow MISSED_RUN_POLICY (missed-run-policy.ts), at start-up and whenever the loop
 * wakes late. `nextRunAt` is always the next time after the run was fired or skipped.
 * @example const scheduler = createScheduler({ schedules: store.schedules, calendar, runSchedule }); await scheduler.start()
 */
export function createScheduler(options: SchedulerOptions): Scheduler {
  const {
    schedules,
    calendar,
    runSchedule,
    clock = systemClock,
    logger,
    pollMs = 5_000,
    missedRunGraceMs = MISSED_RUN_GRACE_MS
  } = options;
  const inFlight = new Map<string, Promise<void>>();
  /** Schedules found to have no next run: id → the `updatedAt` and time of that finding. */
  const noNextRun = new Map<string, { updatedAt: number; checkedAt: number }>();
  const aborter = new AbortController();
  let running = false;
  let cancelTimer: (() => void) | null = null;
  let pass: Promise<void> = Promise.resolve();

  const setNext = (schedule: Schedule, nextRunAt: number | null, lastRunAt?: number) => {
    if (nextRunAt === null) noNextRun.set(schedule.id, { updatedAt: schedule.updatedAt, checkedAt: clock.now() });
    else noNextRun.delete(schedule.id);
    return schedules.setRunTimes(schedule.id, { nextRunAt, lastRunAt });
  };

  function fire(schedule: Schedule, now: number, dueAt: number) {
    logger?.info('schedule fired', { scheduleId: schedule.id, dueAt, firedAt: now });
    const run = runSchedule(schedule, { firedAt: now, signal: aborter.signal })
      .then(() => undefined)
      .catch((error: unknown) =>
        logger?.error('scheduled run failed', {
          scheduleId: schedule.id,
          error: capErrorText(error instanceof Error ? error.message : String(error))
        })
      )
      .finally(() => inFlight.delete(schedule.id));
    inFlight.set(schedule.id, run);
  }

  /** Records a skipped run on the schedule (and in the log) and moves it on to its next time after now. */
  async function skip(schedule: Schedule, now: number, dueAt: number, reason: string) {
    logger?.warn(`schedule skipped: ${reason}`, { scheduleId: schedule.id, dueAt, lateMs: now - dueAt });
    const nextRunAt = await computeNextRunAt(schedule, now, calendar);
    if (nextRunAt === null) noNextRun.set(schedule.id, { updatedAt: schedule.updatedAt, checkedAt: clock.now() });
    else noNextRun.delete(schedule.id);
    await schedules.setRunTimes(schedule.id, { nextRunAt, skip: { at: now, dueAt, reason } });
  }

  /**
   * The first due time of a new or edited schedule (nextRunAt null), counted from when it was saved,
   * so a time that came before the scheduler's next look (a `once` a few seconds ahead) is still
   * due rather than lost. A time already skipped is not counted again. A `once` whose time had
   * passed when it was saved is a skip of its own.
   */
  async function firstDueAt(schedule: Schedule, now: number): Promise<number | null> {
    const skippedDue = schedule.lastSkip?.dueAt ?? -Infinity;
    const from = Math.min(Math.max(schedule.updatedAt, skippedDue), now);
    const due = await computeNextRunAt(schedule, from, calendar);
    if (
      due === null &&
      schedule.kind === 'once' &&
      schedule.lastRunAt === null &&
      schedule.spec.at <= from &&
      skippedDue !== schedule.spec.at
    ) {
      await skip(schedule, now, schedule.spec.at, 'its time had passed when it was saved');
    }
    return due;
  }

  async function handle(schedule: Schedule, now: number): Promise<void> {
    let dueAt = schedule.nextRunAt;
    if (dueAt === null) {
      const known = noNextRun.get(schedule.id);
      if (known && known.updatedAt === schedule.updatedAt && now - known.checkedAt < NEVER_RECHECK_MS) return;
      const first = await firstDueAt(schedule, now);
      if (first === null || first > now) {
        await setNext(schedule, first);
        return;
      }
      dueAt = first;
    }
    if (inFlight.has(schedule.id)) {
      await skip(schedule, now, dueAt, 'its previous run is still going');
      return;
    }
    const followingAt = await computeNextRunAt(schedule, dueAt, calendar);
    if (!isWithinGrace({ dueAt, followingAt, now, graceMs: missedRunGraceMs })) {
      await skip(schedule, now, dueAt, 'missed by more than the grace period');
      return;
    }
    // The next time is stored before the run starts, so a crash mid-run cannot fire it twice.
    await setNext(schedule, await computeNextRunAt({ ...schedule, lastRunAt: now }, now, calendar), now);
    fire(schedule, now, dueAt);
  }

  async function runPass(): Promise<void> {
    if (!running) return;
    const now = clock.now();
    let wakeAt = now + pollMs;
    try {
      for (const schedule of await schedules.list({ enabled: true })) {
        if (schedule.nextRunAt === null || schedule.nextRunAt <= now) {
          await handle(schedule, now).catch((error: unknown) =>
            logger?.error('schedule could not be handled', {
              scheduleId: schedule.id,
              error: capErrorText(error instanceof Error ? error.message : String(error))
            })
          );
        } else {
          wakeAt = Math.min(wakeAt, schedule.nextRunAt);
        }
      }
    } catch (error) {
      logger?.error('scheduler pass failed', {
        error: capErrorText(error instanceof Error ? error.message : String(error))
      });
    }
    if (running) cancelTimer = clock.setTimer(wake, wakeAt - clock.now());
  }

  function wake() {
    cancelTimer = null;
    pass = pass.then(runPass);
  }

  return {
    async start() {
      if (running) return;
      running = true;
      wake();
      await pass;
    },
    async stop() {
      running = false;
      cancelTimer?.();
      cancelTimer = null;
      await pass;
      aborter.abort();
      await Promise.all(inFlight.values());
    },
    async status() {
      const enabled = await schedules.list({ enabled: true });
      const times = enabled.map((s) => s.nextRunAt).filter((t): t is number => t !== null);
      return { running, nextRunAt: times.length > 0 ? Math.min(...times) : null, activeRuns: inFlight.size };
    },
    async idle() {
      await pass;
      await Promise.all(inFlight.values());
    }
  };
}
