import { randomId } from './outbox';

const DEVICE_KEY = 'fluxscan-sync-device';
const CURSOR_KEY = 'fluxscan-sync-cursor';

/** This browser's sync id, made on first use and kept in localStorage. */
export function deviceId(): string {
  const stored = localStorage.getItem(DEVICE_KEY);
  if (stored && /^[A-Za-z0-9_-]{8,64}$/.test(stored)) return stored;
  const id = randomId();
  localStorage.setItem(DEVICE_KEY, id);
  return id;
}

/** The server revision this device has pulled up to (0: nothing yet). */
export function readCursor(): number {
  const cursor = Number(localStorage.getItem(CURSOR_KEY));
  return Number.isSafeInteger(cursor) && cursor > 0 ? cursor : 0;
}

export function saveCursor(cursor: number): void {
  localStorage.setItem(CURSOR_KEY, String(cursor));
}
