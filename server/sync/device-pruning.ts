import type { InStatement } from '@libsql/client';

/** A device silent this long loses its per-record rows (the change log keeps changes as long). */
export const DEVICE_IDLE_DAYS = 90;

/**
 * Notes that the device synced now.
 * @example seenStatement('device-a', Date.now())
 */
export const seenStatement = (deviceId: string, now: number): InStatement => ({
  sql: `INSERT INTO sync_devices (device_id, last_sync_at) VALUES (?, ?)
        ON CONFLICT (device_id) DO UPDATE SET last_sync_at = max(last_sync_at, excluded.last_sync_at)`,
  args: [deviceId, now]
});

/** This device's rows of records now deleted, from pushes before this one: no later change of theirs needs them. */
const SUPERSEDED = `device_id = ? AND seq < ? AND (
  (record_type = 'scanner' AND record_id IN (SELECT id FROM scanners WHERE deleted = 1)) OR
  (record_type = 'watchlist' AND record_id IN (SELECT id FROM watchlists WHERE deleted = 1)))`;

/**
 * Keeps `sync_device_records` from growing without bound: drops the rows of deleted records
 * this device pushed before this push, and every row of devices idle for DEVICE_IDLE_DAYS.
 * What a dropped row did for ordering the device's `pruned_seq` still does: a change from a
 * push older than a dropped row's is refused as stale. A device that comes back after being
 * idle that long without having heard its last answer is judged against the base it sent:
 * at worst its own write comes back as a conflict copy, never lost.
 */
export function pruneStatements(deviceId: string, seq: number | undefined, now: number): InStatement[] {
  const idleBefore = now - DEVICE_IDLE_DAYS * 86_400_000;
  const superseded: InStatement[] =
    seq === undefined
      ? []
      : [
          {
            sql: `UPDATE sync_devices SET pruned_seq = max(pruned_seq, coalesce((SELECT max(seq) FROM sync_device_records WHERE ${SUPERSEDED}), 0)) WHERE device_id = ?`,
            args: [deviceId, seq, deviceId]
          },
          { sql: `DELETE FROM sync_device_records WHERE ${SUPERSEDED}`, args: [deviceId, seq] }
        ];
  return [
    ...superseded,
    {
      sql: `UPDATE sync_devices SET pruned_seq = max(pruned_seq, coalesce((SELECT max(seq) FROM sync_device_records r WHERE r.device_id = sync_devices.device_id), 0))
            WHERE last_sync_at < ?`,
      args: [idleBefore]
    },
    {
      sql: 'DELETE FROM sync_device_records WHERE device_id IN (SELECT device_id FROM sync_devices WHERE last_sync_at < ?)',
      args: [idleBefore]
    }
  ];
}
