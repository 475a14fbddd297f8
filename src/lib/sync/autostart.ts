import { browser } from '$app/environment';

let requested = false;

/** Set to 'off' in localStorage, this browser neither pushes nor pulls on its own (`syncNow()` still works). */
const AUTO_SYNC_KEY = 'fluxscan-auto-sync';

/**
 * Starts auto-sync the first time a synced store opens its database, so every screen that
 * shows scanners or watchlists pulls and pushes. Loaded lazily: the sync code imports the stores.
 */
export function startSyncOnFirstUse(): void {
  if (requested || !browser) return;
  requested = true;
  if (localStorage.getItem(AUTO_SYNC_KEY) === 'off') return;
  void import('./auto-sync').then(({ startAutoSync }) => startAutoSync());
}
