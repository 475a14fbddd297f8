import { deliverRunAlerts, type AlertDependencies } from '../alerts/index.js';
import type { EventBus } from '../events/index.js';
import { createSharedScanPool, runHeadlessScan, type SharedScanPool } from '../headless/index.js';
import type { Logger } from '../http/logger.js';
import type { CandleCache } from '../market/index.js';
import type { OpenAlgoClient } from '../openalgo/index.js';
import type { Store } from '../store/index.js';
import { systemClock, type Clock } from './clock.js';
import { createMarketCalendar } from './market-calendar.js';
import { createScheduler, type Scheduler } from './scheduler.js';

export interface ServerSchedulerOptions {
  store: Store;
  market: { client: OpenAlgoClient; cache: Pick<CandleCache, 'history'> };
  bus: EventBus;
  logger?: Logger;
  clock?: Clock;
  pool?: SharedScanPool;
  env?: Record<string, string | undefined>;
  pollMs?: number;
  webhook?: AlertDependencies['webhook'];
}

/**
 * The scheduler as the server runs it: each due schedule becomes a headless scan in the shared
 * worker pool, and a completed run with matches goes out as alerts. `stop()` also stops the pool.
 * @example const scheduler = createServerScheduler({ store, market: { client, cache }, bus }); await scheduler.start()
 */
export function createServerScheduler({
  store,
  market,
  bus,
  logger,
  clock = systemClock,
  pool = createSharedScanPool(),
  env,
  pollMs,
  webhook
}: ServerSchedulerOptions): Scheduler {
  const calendar = createMarketCalendar({ client: market.client, logger, now: clock.now });
  const scheduler = createScheduler({
    schedules: store.schedules,
    calendar,
    clock,
    logger,
    pollMs,
    async runSchedule(schedule, { signal }) {
      const outcome = await runHeadlessScan(
        { store, cache: market.cache, pool, bus, logger, now: clock.now },
        schedule,
        { signal }
      );
      await deliverRunAlerts({ store, client: market.client, bus, logger, env, webhook }, outcome);
    }
  });
  return {
    ...scheduler,
    async stop() {
      await scheduler.stop();
      pool.close();
    }
  };
}
