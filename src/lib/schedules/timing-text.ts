import { formatMarketDateTime } from '$lib/format';
import type { ScheduleTiming, Weekday } from './schedule-schema';

const DAY_NAMES: Record<Weekday, string> = {
  mon: 'Mon',
  tue: 'Tue',
  wed: 'Wed',
  thu: 'Thu',
  fri: 'Fri',
  sat: 'Sat',
  sun: 'Sun'
};

const list = (items: string[]) =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

/**
 * A schedule's timing in words, times being IST.
 * @example describeTiming({ kind: 'weekly', spec: { days: ['mon', 'fri'], times: ['09:20'] } }) // 'Every Mon and Fri at 09:20 IST'
 */
export function describeTiming(timing: ScheduleTiming): string {
  switch (timing.kind) {
    case 'once':
      return `Once on ${formatMarketDateTime(timing.spec.at)}`;
    case 'interval':
      return timing.spec.minutes === 1 ? 'Every minute' : `Every ${timing.spec.minutes} minutes`;
    case 'daily':
      return `Daily at ${list(timing.spec.times)} IST`;
    case 'weekly':
      return timing.spec.days.length === 7
        ? `Daily at ${list(timing.spec.times)} IST`
        : `Every ${list(timing.spec.days.map((d) => DAY_NAMES[d]))} at ${list(timing.spec.times)} IST`;
    case 'cron':
      return `Cron "${timing.spec.expression}"`;
  }
}
