import { Dexie, type Table } from 'dexie';
import { startSyncOnFirstUse } from '$lib/sync/autostart';
import type { OutboxEntry } from '$lib/sync/outbox';
import type { ScannerShadow } from '$lib/sync/shadows';
import type { ScannerRow } from './scanner-record';

/**
 * Version 1: one row per scanner keyed by id; `&nameKey` makes names unique regardless of case.
 * Version 2: sync's outbox (scanners changed here since the last push) and shadows (each
 * scanner as the server last sent it, the base of the next push).
 */
class ScannerDatabase extends Dexie {
  scanners!: Table<ScannerRow, string>;
  outbox!: Table<OutboxEntry, string>;
  shadows!: Table<ScannerShadow, string>;

  constructor() {
    super('fluxscan-scanners');
    this.version(1).stores({ scanners: 'id, &nameKey, updatedAt' });
    this.version(2).stores({ outbox: 'id', shadows: 'id' });
  }
}

let database: ScannerDatabase | undefined;
/** Opened on first use, so importing the store never touches IndexedDB; first use also starts syncing. */
export const scannerDatabase = () => (database ??= (startSyncOnFirstUse(), new ScannerDatabase()));
