import { Dexie, type Table } from 'dexie';
import type { ScannerRow } from './scanner-record';

/** Version 1: one row per scanner keyed by id; `&nameKey` makes names unique regardless of case. */
class ScannerDatabase extends Dexie {
  scanners!: Table<ScannerRow, string>;

  constructor() {
    super('fluxscan-scanners');
    this.version(1).stores({ scanners: 'id, &nameKey, updatedAt' });
  }
}

let database: ScannerDatabase | undefined;
/** Opened on first use, so importing the store never touches IndexedDB. */
export const scannerDatabase = () => (database ??= new ScannerDatabase());
