import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import { createStoreRoutes } from '../api/index.js';
import { handleHttpError } from '../http/errors.js';
import { openStore, storePath, type Store } from '../store/index.js';
import type { SyncOptions } from './run-sync.js';
import { createSyncRoutes } from './sync-routes.js';
import type { SyncResponse } from './sync-schemas.js';

/** The sync route beside the REST API, over a real SQLite file in a temporary folder. */
export async function createSyncTestApp(options: SyncOptions = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'fluxscan-sync-'));
  const store: Store = await openStore(storePath(dir));
  const app = new Hono().route('/api', createStoreRoutes(store)).route('/api/sync', createSyncRoutes(store, options));
  app.onError(handleHttpError);
  const post = (path: string, body: unknown, method = 'POST') =>
    app.request(path, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return {
    app,
    store,
    post,
    /** POSTs a sync request and returns its answer, failing on any status but 200. */
    async sync(body: unknown): Promise<SyncResponse> {
      const response = await post('/api/sync', body);
      if (response.status !== 200) throw new Error(`sync answered ${response.status}: ${await response.text()}`);
      return response.json() as Promise<SyncResponse>;
    },
    close() {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  };
}

let changeCounter = 0;
/** A change with a fresh change id. */
export const withChangeId = <T extends object>(change: T) => ({
  changeId: `change-${++changeCounter}-${Date.now()}`,
  ...change
});
