import type { ScheduleTiming, Weekday } from './schedule-schema';

const DAY_NAMES: Record<Weekday, string> = { mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat', sun: 'Sun' };
const istDateTime = new Intl.DateTimeFormat('en-IN', { timeZone: 'Asia/Kolkata', dateStyle: 'medium', timeStyle: 'short' });

const list = (items: string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);

/**
 * A schedule's timing in words, times being IST.
 * @example describeTiming({ kind: 'weekly', spec: { days: ['mon', 'fri'], times: ['09:20'] } }) // 'Every Mon and Fri at 09:20'
 */
export function describeTiming(timing: ScheduleTiming): string {
  switch (timing.kind) {
    case 'once':
      return `Once on ${istDateTime.format(timing.spec.at)}`;
    case 'interval':
      return timing.spec.minutes === 1 ? 'Every minute' : `Every ${timing.spec.minutes} minutes`;
    case 'daily':
      return `Daily at ${list(timing.spec.times)}`;
    case 'weekly':
      return timing.spec.days.length === 7 ? `Daily at ${list(timing.spec.times)}` : `Every ${list(timing.spec.days.map((d) => DAY_NAMES[d]))} at ${list(timing.spec.times)}`;
    case 'cron':
      return `Cron "${timing.spec.expression}"`;
  }
}

/**
 * An instant in IST for people, or what its absence means.
 * @example formatIst(null, 'not yet worked out') // 'not yet worked out'
 */
export const formatIst = (epochMs: number | null, missing = '—') => (epochMs === null ? missing : `${istDateTime.format(epochMs)} IST`);
