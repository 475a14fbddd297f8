import type { ServerSchedule } from './schedule-schema';
import { formatMarketDateTime } from '$lib/format';

/** The server's scheduler works out a changed schedule's next run within seconds; after this long, none means never. */
const WORKING_OUT_MS = 60_000;

/** Whether the server has yet to work out the schedule's next run (worth asking again shortly). */
export const awaitingNextRun = (schedule: ServerSchedule, now = Date.now()) =>
  schedule.enabled && schedule.nextRunAt === null && now - schedule.updatedAt < WORKING_OUT_MS;

/**
 * The schedule's next run for people, in IST.
 * @example describeNextRun({ ...schedule, enabled: false }) // 'disabled'
 */
export function describeNextRun(schedule: ServerSchedule, now = Date.now()): string {
  if (!schedule.enabled) return 'disabled';
  if (schedule.nextRunAt !== null) return formatMarketDateTime(schedule.nextRunAt);
  return awaitingNextRun(schedule, now) ? 'working it out…' : 'none';
}
