import type { EpochSeconds } from './types.js';

/** Epoch-millisecond values are above this; epoch seconds stay below it until the year 5138. */
const MILLISECONDS_THRESHOLD = 1e11;

/** A date or date-time with no `Z` or `±hh:mm`: Date.parse would read it in the machine's own time zone. */
const WITHOUT_OFFSET = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?$/;

/** Every OpenAlgo exchange is Indian, so a time without an offset is India's wall clock. */
const asIst = (iso: string) => `${iso.length === 10 ? `${iso}T00:00:00` : iso}+05:30`;

/**
 * Reads a bar time as OpenAlgo sends it — epoch seconds, epoch milliseconds or an
 * ISO string with offset (`2025-04-01 09:15:00+05:30`) — as epoch seconds. A string without
 * an offset (`2025-04-01 09:15:00`, `2025-04-01`) is IST whatever the machine's time zone.
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
  const ms = Date.parse(WITHOUT_OFFSET.test(iso) ? asIst(iso) : iso);
  return Number.isNaN(ms) ? null : (Math.floor(ms / 1000) as EpochSeconds);
}
