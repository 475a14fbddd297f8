import type { Dexie, Table } from 'dexie';
import type { ScannerRow } from '$lib/scanners/scanner-record';
import type { WatchlistRow } from '$lib/watchlists/watchlist-store';
import type { OutboxEntry } from './outbox';
import type { ScannerShadow, WatchlistShadow } from './shadows';

export type ScannerTables = Dexie & {
  scanners: Table<ScannerRow, string>;
  outbox: Table<OutboxEntry, string>;
  shadows: Table<ScannerShadow, string>;
};
export type WatchlistTables = Dexie & {
  watchlists: Table<WatchlistRow, string>;
  outbox: Table<OutboxEntry, string>;
  shadows: Table<WatchlistShadow, string>;
};

/** Where the small sync state (device id, cursor, push number, epoch) is kept: localStorage in a browser. */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/**
 * Everything the sync code touches outside itself: one device's databases, its small
 * key-value state and the way it reaches `POST /api/sync`. A browser has one; tests build several.
 */
export interface SyncContext {
  scannerDb(): ScannerTables;
  watchlistDb(): WatchlistTables;
  storage: KeyValueStore;
  /** Sends a sync request body; answers as `fetch` does. */
  post(body: unknown): Promise<Response>;
  online(): boolean;
}
