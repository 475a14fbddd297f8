import type { Client, InStatement, Row } from '@libsql/client';
import { z } from 'zod';
import { flag, jsonColumn, parseRows } from '../store/rows.js';
import { deviceRecordRow, parseDeviceRecord, recordKey, type DeviceRecord } from './device-records.js';
import type { SyncConflict, SyncedRecord, SyncedScanner, SyncedWatchlist } from './sync-schemas.js';

const scannerRow = z
  .object({
    id: z.string(),
    name: z.string(),
    description: z.string(),
    category: z.string(),
    source: z.string(),
    rev: z.number(),
    updated_at: z.number(),
    deleted: flag
  })
  .transform(({ updated_at, ...rest }): SyncedScanner => ({ type: 'scanner', ...rest, updatedAt: updated_at }));

const watchlistRow = z
  .object({
    id: z.string(),
    name: z.string(),
    symbols: jsonColumn(z.array(z.object({ symbol: z.string(), exchange: z.string() }))),
    rev: z.number(),
    updated_at: z.number(),
    deleted: flag
  })
  .transform(({ updated_at, ...rest }): SyncedWatchlist => ({ type: 'watchlist', ...rest, updatedAt: updated_at }));

export const parseScannerRows = (rows: Row[]) => parseRows(scannerRow, rows);
export const parseWatchlistRows = (rows: Row[]) => parseRows(watchlistRow, rows);

/** The server's current state of the records a push touches, and the live names they must not clash with. */
export interface SyncSnapshot {
  clock: number;
  /** Changes of this push already applied by an earlier one: their record (`type:id`, null when logged before that was kept) and conflicts. */
  logged: Map<string, { record: string | null; conflicts: SyncConflict[] }>;
  /** This device's last applied change of each pushed record, by `type:id`. */
  deviceRecords: Map<string, DeviceRecord>;
  /** The newest push among this device's dropped rows (see device-pruning.ts); 0 when none were dropped. */
  prunedSeq: number;
  scanners: Map<string, SyncedScanner>;
  watchlists: Map<string, SyncedWatchlist>;
}

const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');

const logRow = z.object({
  change_id: z.string(),
  outcome: z.string(),
  record_type: z.string().nullable(),
  record_id: z.string().nullable()
});

/**
 * Reads the clock, the change log entries of this push, the pushed records and every live
 * record (for name clashes). Live rows are few (a trader's scanners and lists), so reading
 * them all is cheap.
 */
export async function readSnapshot(
  client: Client,
  deviceId: string,
  changeIds: string[],
  scannerIds: string[],
  watchlistIds: string[]
): Promise<SyncSnapshot> {
  const recordIds = [...new Set([...scannerIds, ...watchlistIds])];
  const [clock, log, devices, scanners, watchlists, pruned] = await client.batch(
    [
      'SELECT rev FROM sync_clock WHERE id = 1',
      {
        sql: `SELECT change_id, outcome, record_type, record_id FROM sync_changes WHERE change_id IN (${placeholders(changeIds.length)})`,
        args: changeIds
      },
      {
        sql: `SELECT * FROM sync_device_records WHERE device_id = ? AND record_id IN (${placeholders(recordIds.length)})`,
        args: [deviceId, ...recordIds]
      },
      {
        sql: `SELECT * FROM scanners WHERE deleted = 0 OR id IN (${placeholders(scannerIds.length)})`,
        args: scannerIds
      },
      {
        sql: `SELECT * FROM watchlists WHERE deleted = 0 OR id IN (${placeholders(watchlistIds.length)})`,
        args: watchlistIds
      },
      { sql: 'SELECT pruned_seq FROM sync_devices WHERE device_id = ?', args: [deviceId] }
    ],
    'read'
  );
  return {
    clock: Number(clock.rows[0].rev),
    logged: new Map(
      parseRows(logRow, log.rows).map((row) => [
        row.change_id,
        {
          record: row.record_type && row.record_id ? recordKey(row.record_type, row.record_id) : null,
          conflicts: JSON.parse(row.outcome) as SyncConflict[]
        }
      ])
    ),
    deviceRecords: new Map(
      parseRows(deviceRecordRow, devices.rows).map((row) => [
        recordKey(row.record_type, row.record_id),
        parseDeviceRecord(row)
      ])
    ),
    prunedSeq: Number(pruned.rows[0]?.pruned_seq ?? 0),
    scanners: new Map(parseScannerRows(scanners.rows).map((s) => [s.id, s])),
    watchlists: new Map(parseWatchlistRows(watchlists.rows).map((w) => [w.id, w]))
  };
}

/**
 * Fails the batch it leads (NOT NULL on `rev`) unless the clock still reads `clock`:
 * a write that landed between reading the snapshot and writing makes the plan stale.
 */
export const clockGuard = (clock: number): InStatement => ({
  sql: 'UPDATE sync_clock SET rev = CASE WHEN rev = ? THEN rev ELSE NULL END WHERE id = 1',
  args: [clock]
});

/**
 * Reads the records a push touched, whatever their rev: a change the server turned down
 * (a delete that lost to an edit) wrote nothing, yet the device must learn the record's state.
 */
export const touchedStatements = (scannerIds: string[], watchlistIds: string[]): InStatement[] => [
  { sql: `SELECT * FROM scanners WHERE id IN (${placeholders(scannerIds.length)})`, args: scannerIds },
  { sql: `SELECT * FROM watchlists WHERE id IN (${placeholders(watchlistIds.length)})`, args: watchlistIds }
];

/** The statements that read what a device pulls: records after `since`, oldest first; one past `limit` tells there is more. */
export const pullStatements = (since: number, limit: number): InStatement[] => [
  { sql: 'SELECT * FROM scanners WHERE rev > ? ORDER BY rev LIMIT ?', args: [since, limit + 1] },
  { sql: 'SELECT * FROM watchlists WHERE rev > ? ORDER BY rev LIMIT ?', args: [since, limit + 1] },
  'SELECT rev FROM sync_clock WHERE id = 1'
];

/**
 * The pulled records in rev order, capped at `limit` over both tables, and the cursor:
 * the last record's rev when capped, otherwise the clock.
 */
export function pulledChanges(
  pulled: { scanners: Row[]; watchlists: Row[] },
  touched: { scanners: Row[]; watchlists: Row[] },
  clock: number,
  limit: number
): { changes: SyncedRecord[]; cursor: number; more: boolean } {
  const all: SyncedRecord[] = [...parseScannerRows(pulled.scanners), ...parseWatchlistRows(pulled.watchlists)].sort(
    (a, b) => a.rev - b.rev
  );
  const more = all.length > limit;
  const changes = all.slice(0, limit);
  const keyOf = (r: SyncedRecord) => `${r.type}:${r.id}`;
  const included = new Set(changes.map(keyOf));
  const extra = [...parseScannerRows(touched.scanners), ...parseWatchlistRows(touched.watchlists)].filter(
    (r) => !included.has(keyOf(r))
  );
  return { changes: [...changes, ...extra], cursor: more ? changes[changes.length - 1].rev : clock, more };
}
