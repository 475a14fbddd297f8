import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import type { Store } from '../store/index.js';
import { readJson } from '../http/validation.js';
import { runSync, type SyncOptions } from './run-sync.js';
import { syncRequestSchema } from './sync-schemas.js';

/**
 * `POST /` (mounted at `/api/sync`): `{deviceId, since, changes}` →
 * `{applied, conflicts, refused, changes, cursor, more, resync, epoch}`; the push and the pull share one transaction.
 * Scanners and watchlists only: schedules are edited on the server through `/api/schedules`.
 * @example app.route('/api/sync', createSyncRoutes(store))
 */
export function createSyncRoutes(store: Pick<Store, 'client'>, options: SyncOptions = {}): Hono {
  const app = new Hono();
  // A new epoch each time the server starts: its database may have been restored meanwhile.
  const settings = { epoch: randomUUID(), ...options };
  app.post('/', async (c) => c.json(await runSync(store.client, await readJson(c, syncRequestSchema), settings)));
  return app;
}
