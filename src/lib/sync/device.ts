import { randomId } from './outbox';
import type { KeyValueStore } from './sync-context';

const DEVICE_KEY = 'fluxscan-sync-device';
const CURSOR_KEY = 'fluxscan-sync-cursor';
const SEQ_KEY = 'fluxscan-sync-seq';
const EPOCH_KEY = 'fluxscan-sync-epoch';
const RESYNC_KEY = 'fluxscan-sync-resync';

/** This device's sync id, made on first use and kept. */
export function deviceId(storage: KeyValueStore): string {
  const stored = storage.getItem(DEVICE_KEY);
  if (stored && /^[A-Za-z0-9_-]{8,64}$/.test(stored)) return stored;
  const id = randomId();
  storage.setItem(DEVICE_KEY, id);
  return id;
}

const counter = (storage: KeyValueStore, key: string) => {
  const value = Number(storage.getItem(key));
  return Number.isSafeInteger(value) && value > 0 ? value : 0;
};

/** The server revision this device has pulled up to (0: nothing yet). */
export const readCursor = (storage: KeyValueStore): number => counter(storage, CURSOR_KEY);
export const saveCursor = (storage: KeyValueStore, cursor: number) => storage.setItem(CURSOR_KEY, String(cursor));

/** The next push number: every push of this device carries a larger one than the last. */
export function nextSeq(storage: KeyValueStore): number {
  const seq = counter(storage, SEQ_KEY) + 1;
  storage.setItem(SEQ_KEY, String(seq));
  return seq;
}

/**
 * Remembers the server's epoch; true when it differs from the one remembered (the server
 * restarted, maybe on a restored database: the device must resync from zero).
 */
export function epochChanged(storage: KeyValueStore, epoch: string): boolean {
  const previous = storage.getItem(EPOCH_KEY);
  storage.setItem(EPOCH_KEY, epoch);
  return previous !== null && previous !== epoch;
}

/** A resync from zero is owed until a full pull from zero completes (it survives a reload). */
export const resyncOwed = (storage: KeyValueStore) => storage.getItem(RESYNC_KEY) === '1';
export const oweResync = (storage: KeyValueStore, owed: boolean) =>
  owed ? storage.setItem(RESYNC_KEY, '1') : storage.removeItem(RESYNC_KEY);
