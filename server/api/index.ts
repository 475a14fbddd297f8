import { Hono } from 'hono';
import type { Store } from '../store/index.js';
import { createRunRoutes } from './runs.js';
import { createScannerRoutes } from './scanners.js';
import { createScheduleRoutes } from './schedules.js';
import { createWatchlistRoutes } from './watchlists.js';

/**
 * The stored-data API, to be mounted at `/api`: scanners, watchlists, schedules, runs and stats.
 * @example app.route('/api', createStoreRoutes(store))
 */
export function createStoreRoutes(store: Store): Hono {
  const app = new Hono();
  app.route('/scanners', createScannerRoutes(store));
  app.route('/watchlists', createWatchlistRoutes(store));
  app.route('/schedules', createScheduleRoutes(store));
  app.route('/runs', createRunRoutes(store));
  app.get('/stats', async (c) => c.json(await store.stats()));
  return app;
}
