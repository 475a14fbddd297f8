import type { Heartbeat } from './heartbeat.js';

/** Slots of a shared progress array: beats so far, then the batch and symbol index of the newest. */
const BEATS = 0;
const BATCH = 1;
const INDEX = 2;

/** A progress array a worker and the pool share: written per symbol, read by the watchdog without messages. */
export const newSharedProgress = (): Int32Array =>
  new Int32Array(new SharedArrayBuffer(3 * Int32Array.BYTES_PER_ELEMENT));

/** Whether this thread can share memory with its workers (Node always; a page only when cross-origin isolated). */
export const canShareProgress = (): boolean =>
  typeof SharedArrayBuffer === 'function' && (typeof crossOriginIsolated === 'undefined' || crossOriginIsolated);

/** Worker side: "started symbol `index` of batch `batch`" — a few atomic stores, no message. */
export function writeProgress(progress: Int32Array, batch: number, index: number): void {
  Atomics.store(progress, BATCH, batch);
  Atomics.store(progress, INDEX, index);
  Atomics.add(progress, BEATS, 1);
  // Wakes a waiter (a test watching for one symbol); costs next to nothing when there is none.
  Atomics.notify(progress, BEATS);
}

/** How many symbols the worker has started so far. */
export const beatsOf = (progress: Int32Array): number => Atomics.load(progress, BEATS);

/** The newest symbol the worker started. Stable once the worker stops writing, which is when the watchdog blames it. */
export const latestBeat = (progress: Int32Array): Heartbeat => ({
  heartbeat: [Atomics.load(progress, BATCH), Atomics.load(progress, INDEX)]
});
