/** What the browser grants this app's storage. */
export interface StorageStatus {
  /** Null where the browser has no Storage API. */
  persisted: boolean | null;
  usageBytes: number | null;
  quotaBytes: number | null;
}

/**
 * Whether storage is persistent (safe from eviction under storage pressure) and how much is used.
 * @example const { persisted, usageBytes, quotaBytes } = await readStorageStatus()
 */
export async function readStorageStatus(): Promise<StorageStatus> {
  if (!navigator.storage?.estimate) return { persisted: null, usageBytes: null, quotaBytes: null };
  const [persisted, estimate] = await Promise.all([
    navigator.storage.persisted?.() ?? null,
    navigator.storage.estimate()
  ]);
  return { persisted, usageBytes: estimate.usage ?? null, quotaBytes: estimate.quota ?? null };
}

/**
 * Asks the browser to keep this app's data (candles, scanners, runs) under storage pressure.
 * Chromium decides silently (installed apps are granted); Firefox asks the user.
 * @example const granted = await requestPersistentStorage()
 */
export async function requestPersistentStorage(): Promise<boolean> {
  if (!navigator.storage?.persist) return false;
  return navigator.storage.persist();
}
