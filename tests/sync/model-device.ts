import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { codeOf } from '../../src-worker/contract/scanner-code.js';
import { writeHeaderMeta } from '../../src/lib/scanners/header-meta.js';
import { nameKey } from '../../src/lib/scanners/scanner-record.js';
import { nameKeyOf } from '../../src/lib/watchlists/watchlist-model.js';
import { recordChange } from '../../src/lib/sync/outbox.js';
import type { KeyValueStore, ScannerTables, SyncContext, WatchlistTables } from '../../src/lib/sync/sync-context.js';
import type { LiveState } from './model-server.js';

/** The browser's two databases with the browser's schema, each device on its own IndexedDB. */
function databases(indexedDB: IDBFactory) {
  const scanners = new Dexie('fluxscan-scanners', { indexedDB, IDBKeyRange }) as ScannerTables;
  scanners.version(1).stores({ scanners: 'id, &nameKey, updatedAt' });
  scanners.version(2).stores({ outbox: 'id', shadows: 'id' });
  const watchlists = new Dexie('fluxscan-watchlists', { indexedDB, IDBKeyRange }) as WatchlistTables;
  watchlists.version(1).stores({ watchlists: 'id, &nameKey' });
  watchlists.version(2).stores({ outbox: 'id', shadows: 'id' });
  return { scanners, watchlists };
}

class MemoryStorage implements KeyValueStore {
  private readonly values = new Map<string, string>();
  getItem = (key: string) => this.values.get(key) ?? null;
  setItem = (key: string, value: string) => void this.values.set(key, value);
  removeItem = (key: string) => void this.values.delete(key);
}

/**
 * One simulated browser: its own IndexedDB, its own storage, and user edits written as the
 * app's stores write them (the row and its outbox entry in one transaction).
 */
export class ModelDevice {
  readonly scannerDb: ScannerTables;
  readonly watchlistDb: WatchlistTables;
  readonly context: SyncContext;

  constructor(
    readonly name: string,
    post: (device: ModelDevice, body: unknown) => Promise<Response>
  ) {
    const { scanners, watchlists } = databases(new IDBFactory());
    this.scannerDb = scanners;
    this.watchlistDb = watchlists;
    this.context = {
      scannerDb: () => scanners,
      watchlistDb: () => watchlists,
      storage: new MemoryStorage(),
      post: (body) => post(this, body),
      online: () => true
    };
  }

  /** Saves a scanner (new or existing; description and category kept unless given) and returns the outbox's change id for it. */
  async saveScanner(
    id: string,
    name: string,
    source: string,
    labels: { description?: string; category?: string } = {}
  ): Promise<string> {
    const db = this.scannerDb;
    return db.transaction('rw', db.scanners, db.outbox, async () => {
      const existing = await db.scanners.get(id);
      const now = Date.now();
      const fields = {
        name,
        description: labels.description ?? existing?.description ?? '',
        category: labels.category ?? existing?.category ?? ''
      };
      await db.scanners.put({
        id,
        ...fields,
        source: writeHeaderMeta(source, fields),
        createdAt: existing?.createdAt ?? now,
        updatedAt: now,
        lastRunAt: null,
        lastSignalCount: null,
        nameKey: nameKey(name)
      });
      await recordChange(db.outbox, id);
      return (await db.outbox.get(id))!.changeId;
    });
  }

  async deleteScanner(id: string): Promise<string> {
    const db = this.scannerDb;
    return db.transaction('rw', db.scanners, db.outbox, async () => {
      await db.scanners.delete(id);
      await recordChange(db.outbox, id);
      return (await db.outbox.get(id))!.changeId;
    });
  }

  /** Saves a watchlist's name and symbols (new or existing) and returns the change id. */
  async saveWatchlist(id: string, name: string, symbols: string[]): Promise<string> {
    const db = this.watchlistDb;
    return db.transaction('rw', db.watchlists, db.outbox, async () => {
      const existing = await db.watchlists.get(id);
      const now = Date.now();
      const statuses = new Map(existing?.symbols.map((s) => [s.symbol, s.status]));
      await db.watchlists.put({
        id,
        name,
        symbols: symbols.map((symbol) => ({ symbol, exchange: 'NSE', status: statuses.get(symbol) ?? 'unchecked' })),
        createdAt: existing?.createdAt ?? now,
        updatedAt: now,
        source: null,
        nameKey: nameKeyOf(name)
      });
      await recordChange(db.outbox, id);
      return (await db.outbox.get(id))!.changeId;
    });
  }

  async deleteWatchlist(id: string): Promise<string> {
    const db = this.watchlistDb;
    return db.transaction('rw', db.watchlists, db.outbox, async () => {
      await db.watchlists.delete(id);
      await recordChange(db.outbox, id);
      return (await db.outbox.get(id))!.changeId;
    });
  }

  async live(): Promise<LiveState> {
    const scanners = await this.scannerDb.scanners.toArray();
    const watchlists = await this.watchlistDb.watchlists.toArray();
    return {
      scanners: new Map(scanners.map((s) => [s.id, { name: s.name, code: codeOf(s.source) }])),
      watchlists: new Map(
        watchlists.map((w) => [w.id, { name: w.name, symbols: w.symbols.map((s) => s.symbol).sort() }])
      )
    };
  }

  async pending(): Promise<number> {
    return (await this.scannerDb.outbox.count()) + (await this.watchlistDb.outbox.count());
  }

  close(): void {
    this.scannerDb.close();
    this.watchlistDb.close();
  }
}
