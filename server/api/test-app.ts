import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import { handleHttpError } from '../http/errors.js';
import { openStore, storePath, type Store } from '../store/index.js';
import { createStoreRoutes } from './index.js';

/** The stored-data API over a real SQLite file in a temporary folder. */
export async function createTestApi(): Promise<{ app: Hono; store: Store; close(): void }> {
  const dir = mkdtempSync(join(tmpdir(), 'fluxscan-api-'));
  const store = await openStore(storePath(dir));
  const app = new Hono().route('/api', createStoreRoutes(store));
  app.onError(handleHttpError);
  return {
    app,
    store,
    close() {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  };
}

/** A JSON request init. */
export const json = (method: string, body: unknown): RequestInit => ({
  method,
  headers: { 'content-type': 'application/json' },
  body: typeof body === 'string' ? body : JSON.stringify(body)
});
