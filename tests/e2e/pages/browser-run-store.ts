import type { Page } from '@playwright/test';
import type { ScanRun } from '../../../src/lib/runs/run-schema.js';

/** The run store's IndexedDB, as the app's schema lays it out. */
const RUN_DATABASE = 'fluxscan-runs';

export type StoredRun = Pick<ScanRun, 'id' | 'status' | 'scannerName' | 'startedAt' | 'rows' | 'errors'>;

/** Reads the browser's run history straight from IndexedDB (summaries in `runs`, rows in `results`). */
export class BrowserRunStore {
  constructor(private readonly page: Page) {}

  /** The run started last, with its rows and errors; null before any run was stored. */
  async latest(): Promise<StoredRun | null> {
    return this.page.evaluate(async (name) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const read = <T>(store: string, query?: IDBValidKey) =>
        new Promise<T>((resolve, reject) => {
          const request =
            query === undefined
              ? db.transaction(store).objectStore(store).getAll()
              : db.transaction(store).objectStore(store).get(query);
          request.onsuccess = () => resolve(request.result as T);
          request.onerror = () => reject(request.error);
        });
      try {
        const runs = await read<{ id: string; status: string; scannerName: string; startedAt: number }[]>('runs');
        const last = runs.reduce<(typeof runs)[number] | null>(
          (latest, run) => (latest === null || run.startedAt > latest.startedAt ? run : latest),
          null
        );
        if (!last) return null;
        const results = await read<{ rows: StoredRun['rows']; errors: StoredRun['errors'] } | undefined>(
          'results',
          last.id
        );
        return results
          ? {
              id: last.id,
              status: last.status as StoredRun['status'],
              scannerName: last.scannerName,
              startedAt: last.startedAt,
              rows: results.rows,
              errors: results.errors
            }
          : null;
      } finally {
        db.close();
      }
    }, RUN_DATABASE);
  }
}
