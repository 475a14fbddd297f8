import { Cron } from 'croner';
import { z } from 'zod';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time is HH:MM, 00:00 to 23:59');
const clockTimes = z
  .array(clockTime)
  .min(1, 'give at least one time')
  .max(96, 'at most 96 times')
  .transform((times) => [...new Set(times)].sort());

/** True when croner accepts `expression` (it throws on bad syntax). */
export function isValidCron(expression: string): boolean {
  try {
    new Cron(expression, { paused: true });
    return true;
  } catch {
    return false;
  }
}

/** True for an IANA zone this runtime knows, e.g. Asia/Kolkata. */
export function isKnownTimezone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * When a schedule fires: `kind` plus its `spec`. Wall-clock times are read in the
 * schedule's timezone; `once.at` is an instant (epoch ms).
 * @example scheduleTimingSchema.parse({ kind: 'weekly', spec: { days: ['mon'], times: ['09:20'] } })
 */
export const scheduleTimingSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('once'), spec: z.object({ at: z.number().int().min(0).max(8.64e15) }) }),
  z.object({
    kind: z.literal('interval'),
    spec: z.object({
      minutes: z.number().int().min(1, 'N minutes is at least 1').max(10_080, 'at most a week (10080 minutes)')
    })
  }),
  z.object({ kind: z.literal('daily'), spec: z.object({ times: clockTimes }) }),
  z.object({
    kind: z.literal('weekly'),
    spec: z.object({
      days: z
        .array(z.enum(WEEKDAYS))
        .min(1, 'give at least one weekday')
        .max(7)
        .transform((days) => WEEKDAYS.filter((d) => days.includes(d))),
      times: clockTimes
    })
  }),
  z.object({
    kind: z.literal('cron'),
    spec: z.object({ expression: z.string().trim().min(1).max(200).refine(isValidCron, 'not a valid cron expression') })
  })
]);
export type ScheduleTiming = z.output<typeof scheduleTimingSchema>;
export type ScheduleKind = ScheduleTiming['kind'];
