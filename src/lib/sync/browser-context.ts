import { scannerDatabase } from '$lib/scanners/scanner-db';
import { watchlistDatabase } from '$lib/watchlists/watchlist-store';
import type { SyncContext } from './sync-context';

/** This browser: its IndexedDB databases, localStorage and the app's own server. */
export const browserSyncContext: SyncContext = {
  scannerDb: scannerDatabase,
  watchlistDb: watchlistDatabase,
  get storage() {
    return localStorage;
  },
  post: (body) =>
    fetch('/api/sync', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
  online: () => navigator.onLine
};
