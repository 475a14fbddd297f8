export { systemClock, type Clock } from './clock.js';
export { createMarketCalendar, type MarketCalendar, type MarketCalendarOptions } from './market-calendar.js';
export { MISSED_RUN_GRACE_MS, MISSED_RUN_POLICY } from './missed-run-policy.js';
export { computeNextRunAt, nextTimingAfter, type ScheduleTimes } from './next-run.js';
export { createServerScheduler, type ServerSchedulerOptions } from './server-scheduler.js';
export {
  createScheduler,
  type RunSchedule,
  type Scheduler,
  type SchedulerOptions,
  type SchedulerStatus
} from './scheduler.js';
