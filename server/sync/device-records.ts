import type { InStatement } from '@libsql/client';
import { z } from 'zod';
import type { ScannerChange, WatchlistChange } from './sync-schemas.js';

/**
 * What the server remembers of a device's last applied change of one record: its push number,
 * the base it was made on, the values it sent and the revision the record had after it.
 */
export interface DeviceRecord {
  seq: number;
  writtenRev: number;
  change: { baseRev: number | null; base: Record<string, string>; fields: Record<string, string> };
}

export const deviceRecordRow = z.object({
  record_type: z.enum(['scanner', 'watchlist']),
  record_id: z.string(),
  seq: z.number(),
  change: z.string(),
  written_rev: z.number()
});

export const recordKey = (type: string, id: string) => `${type}:${id}`;

const storedChange = z.object({
  baseRev: z.number().nullable(),
  base: z.record(z.string(), z.string()),
  fields: z.record(z.string(), z.string())
});

export function parseDeviceRecord(row: z.infer<typeof deviceRecordRow>): DeviceRecord {
  return { seq: row.seq, writtenRev: row.written_rev, change: storedChange.parse(JSON.parse(row.change)) };
}

/** A change's base and values in one shape for both record types (a watchlist's are its name). */
function basisOf(change: ScannerChange | WatchlistChange): DeviceRecord['change'] {
  if (change.type === 'scanner')
    return { baseRev: change.baseRev, base: { ...change.base }, fields: { ...change.fields } };
  const pick = (value: string | undefined): Record<string, string> => (value === undefined ? {} : { name: value });
  return { baseRev: change.baseRev, base: pick(change.baseName), fields: pick(change.name) };
}

/** The base a change is judged against. */
export interface EffectiveBase {
  baseRev: number | null;
  base: Record<string, string>;
}

/**
 * A device that pushed a change and never heard the answer sends its next change on the same
 * base. When the server applied that earlier change, the device's own write is what the new
 * change was made on: its values and its revision become the base, so a device never
 * conflicts with itself. Any other write since still counts as concurrent.
 * @example effectiveBase({ baseRev: 4, base: { source: 'a' }, … }, last) // { baseRev: last.writtenRev, base: { source: last's value } }
 */
export function effectiveBase(change: ScannerChange | WatchlistChange, last: DeviceRecord | undefined): EffectiveBase {
  const basis = basisOf(change);
  if (!last || last.change.baseRev !== basis.baseRev) return { baseRev: basis.baseRev, base: basis.base };
  const sameBase = Object.keys(basis.base).every(
    (field) => last.change.base[field] === undefined || last.change.base[field] === basis.base[field]
  );
  if (!sameBase) return { baseRev: basis.baseRev, base: basis.base };
  return { baseRev: Math.max(basis.baseRev ?? 0, last.writtenRev), base: { ...basis.base, ...last.change.fields } };
}

/** Remembers the change as the device's last of the record, with the revision the record has after it. */
export function rememberStatement(deviceId: string, seq: number, change: ScannerChange | WatchlistChange): InStatement {
  const table = change.type === 'scanner' ? 'scanners' : 'watchlists';
  return {
    sql: `INSERT OR REPLACE INTO sync_device_records (device_id, record_type, record_id, seq, change, written_rev)
          VALUES (?, ?, ?, ?, ?, coalesce((SELECT rev FROM ${table} WHERE id = ?), 0))`,
    args: [deviceId, change.type, change.id, seq, JSON.stringify(basisOf(change)), change.id]
  };
}
