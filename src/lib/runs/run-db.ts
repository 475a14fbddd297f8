import { Dexie, type Table } from 'dexie';
import type { ScanRunResults, ScanRunSummary } from './run-schema';

/** The IndexedDB name; end-to-end tests seed runs into it directly. */
export const RUN_DATABASE_NAME = 'fluxscan-runs';

/**
 * Version 1: `runs` holds summaries (listed, filtered by scanner, newest first); `results` holds each
 * run's rows, errors and data provenance under the same id, read only when one run is opened.
 */
export class RunDatabase extends Dexie {
  runs!: Table<ScanRunSummary, string>;
  results!: Table<ScanRunResults, string>;

  constructor() {
    super(RUN_DATABASE_NAME);
    this.version(1).stores({ runs: 'id, startedAt, [scannerId+startedAt]', results: 'id' });
  }
}

let database: RunDatabase | undefined;
/** Opened on first use, so importing this module never touches IndexedDB. */
export const runDatabase = () => (database ??= new RunDatabase());
