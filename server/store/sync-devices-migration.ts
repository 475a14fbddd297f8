import type { Migration } from './migrations.js';

/**
 * One row per syncing device: when it last synced (its per-record rows are dropped once it
 * has been idle long enough) and the highest push number among its dropped rows (a change
 * from a push at or before that is refused as stale, as its dropped row would have refused it).
 */
export const SYNC_DEVICES_MIGRATION: Migration = {
  version: 9,
  name: 'sync devices',
  statements: [
    `CREATE TABLE sync_devices (
      device_id TEXT PRIMARY KEY,
      last_sync_at INTEGER NOT NULL,
      pruned_seq INTEGER NOT NULL DEFAULT 0
    )`,
    `INSERT INTO sync_devices (device_id, last_sync_at, pruned_seq)
      SELECT device_id, CAST(strftime('%s', 'now') AS INTEGER) * 1000, 0 FROM sync_device_records GROUP BY device_id`
  ]
};
