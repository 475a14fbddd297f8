import type { EpochSeconds } from './types.js';

/** Epoch-millisecond values are above this; epoch seconds stay below it until the year 5138. */
const MILLISECONDS_THRESHOLD = 1e11;

/**
 * Reads a bar time as OpenAlgo sends it — epoch seconds, epoch milliseconds or an
 * ISO string with offset (`2025-04-01 09:15:00+05:30`) — as epoch seconds.
 * Returns null when the value is not a time.
 * @example parseBarTime('2020-10-01 00:00:00+05:30') // 1601490600
 */
export function parseBarTime(value: unknown): EpochSeconds | null {
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < 0) return null;
    return Math.floor(value >= MILLISECONDS_THRESHOLD ? value / 1000 : value) as EpochSeconds;
  }
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return parseBarTime(Number(text));
  // `2025-04-01 09:15:00+05:30` is ISO with a space; Date wants a `T`.
  const iso = text.replace(/^(\d{4}-\d{2}-\d{2}) /, '$1T');
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : (Math.floor(ms / 1000) as EpochSeconds);
}
