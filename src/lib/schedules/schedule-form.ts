import type { ScheduleKind, ScheduleTiming, ServerSchedule, Weekday } from './schedule-schema';

/** IST is UTC+05:30 all year (India has no daylight saving), so its wall clock is a fixed offset. */
const IST_OFFSET_MS = 330 * 60_000;

/** The schedule form's fields as typed; the server validates them (the form shows its 400's field messages). */
export interface ScheduleFormValues {
  /** The browser's scanner and watchlist ids; saving puts them on the server first. */
  scannerId: string;
  watchlistId: string;
  kind: ScheduleKind;
  /** `YYYY-MM-DDTHH:MM`, IST, from a datetime-local input. */
  onceAt: string;
  minutes: number | null;
  /** Times separated by commas or spaces: `09:20, 15:00`. */
  times: string;
  days: Weekday[];
  expression: string;
  marketHoursOnly: boolean;
  enabled: boolean;
}

/**
 * An instant as a datetime-local value on the IST wall clock.
 * @example istInputValue(Date.UTC(2025, 0, 2, 3, 50)) // '2025-01-02T09:20'
 */
export const istInputValue = (epochMs: number) => new Date(epochMs + IST_OFFSET_MS).toISOString().slice(0, 16);

/** A new schedule's starting point: weekdays' market open, market hours only. */
export function blankForm(now = Date.now()): ScheduleFormValues {
  return {
    scannerId: '',
    watchlistId: '',
    kind: 'daily',
    onceAt: istInputValue(now + 3_600_000),
    minutes: 15,
    times: '09:20',
    days: ['mon', 'tue', 'wed', 'thu', 'fri'],
    expression: '*/15 9-15 * * 1-5',
    marketHoursOnly: true,
    enabled: true
  };
}

/**
 * The timing the form describes, as the server takes it (not checked here: the server says what is wrong).
 * @example timingOf({ ...blankForm(), kind: 'daily', times: '09:20, 15:00' }) // { kind: 'daily', spec: { times: ['09:20', '15:00'] } }
 */
export function timingOf(values: ScheduleFormValues): ScheduleTiming {
  const times = values.times.split(/[\s,]+/).filter(Boolean);
  switch (values.kind) {
    case 'once':
      return { kind: 'once', spec: { at: Date.parse(`${values.onceAt}:00+05:30`) } };
    case 'interval':
      return { kind: 'interval', spec: { minutes: values.minutes ?? Number.NaN } };
    case 'daily':
      return { kind: 'daily', spec: { times } };
    case 'weekly':
      return { kind: 'weekly', spec: { days: values.days, times } };
    case 'cron':
      return { kind: 'cron', spec: { expression: values.expression } };
  }
}

/** The form for a saved schedule, with the browser's ids of its scanner and watchlist (empty when this browser has none). */
export function formOf(
  schedule: ServerSchedule,
  local: { scannerId: string; watchlistId: string }
): ScheduleFormValues {
  const values: ScheduleFormValues = {
    ...blankForm(),
    ...local,
    kind: schedule.kind,
    marketHoursOnly: schedule.marketHoursOnly,
    enabled: schedule.enabled
  };
  if (schedule.kind === 'once') values.onceAt = istInputValue(schedule.spec.at);
  if (schedule.kind === 'interval') values.minutes = schedule.spec.minutes;
  if (schedule.kind === 'daily' || schedule.kind === 'weekly') values.times = schedule.spec.times.join(', ');
  if (schedule.kind === 'weekly') values.days = [...schedule.spec.days];
  if (schedule.kind === 'cron') values.expression = schedule.spec.expression;
  return values;
}

/**
 * The server's messages for a field and anything under it (`spec.times` covers `spec.times.1`).
 * @example fieldMessages({ 'spec.times.1': ['a time is HH:MM, 00:00 to 23:59'] }, 'spec.times') // ['a time is HH:MM, 00:00 to 23:59']
 */
export function fieldMessages(fields: Record<string, string[]>, field: string): string[] {
  return Object.entries(fields)
    .filter(([key]) => key === field || key.startsWith(`${field}.`))
    .flatMap(([, messages]) => messages);
}
