import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import { codeOf } from '../../src-worker/contract/scanner-code.js';
import { handleHttpError } from '../../server/http/errors.js';
import { openStore, storePath, type Store } from '../../server/store/index.js';
import { createSyncRoutes } from '../../server/sync/index.js';

export interface LiveState {
  scanners: Map<string, { name: string; code: string }>;
  watchlists: Map<string, { name: string; symbols: string[] }>;
}

/**
 * The real sync route over a real SQLite file, which a schedule can restart (close and
 * reopen the file: a new server run), back up (a consistent copy) and restore from that copy.
 */
export class ModelServer {
  private readonly dir = mkdtempSync(join(tmpdir(), 'fluxscan-sync-model-'));
  private path = storePath(this.dir);
  private restores = 0;
  private readonly backupPath = join(this.dir, 'backup.db');
  private store!: Store;
  private app!: Hono;
  hasBackup = false;

  constructor(private readonly pullLimit: number) {}

  async open(): Promise<void> {
    this.store = await openStore(this.path);
    this.app = new Hono().route('/api/sync', createSyncRoutes(this.store, { pullLimit: this.pullLimit }));
    this.app.onError(handleHttpError);
  }

  request(body: string): Promise<Response> {
    return Promise.resolve(this.app.request('/api/sync', { method: 'POST', headers: { 'content-type': 'application/json' }, body }));
  }

  async restart(): Promise<void> {
    this.store.close();
    await this.open();
  }

  async backup(): Promise<void> {
    rmSync(this.backupPath, { force: true });
    await this.store.client.execute({ sql: 'VACUUM INTO ?', args: [this.backupPath] });
    this.hasBackup = true;
  }

  /** Stops the server, puts a copy of the backup in place of its database and starts it again. */
  async restore(): Promise<void> {
    this.store.close();
    // A new file name: the closed connection's file may still be locked a moment by this process.
    this.path = join(this.dir, `restored-${++this.restores}.db`);
    copyFileSync(this.backupPath, this.path);
    await this.open();
  }

  async live(): Promise<LiveState> {
    const scanners = await this.store.client.execute('SELECT id, name, source FROM scanners WHERE deleted = 0');
    const watchlists = await this.store.client.execute('SELECT id, name, symbols FROM watchlists WHERE deleted = 0');
    return {
      scanners: new Map(scanners.rows.map((r) => [String(r.id), { name: String(r.name), code: codeOf(String(r.source)) }])),
      watchlists: new Map(
        watchlists.rows.map((r) => [String(r.id), { name: String(r.name), symbols: (JSON.parse(String(r.symbols)) as Array<{ symbol: string }>).map((s) => s.symbol).sort() }])
      )
    };
  }

  dispose(): void {
    this.store.close();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
