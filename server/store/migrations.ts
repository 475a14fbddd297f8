import type { Client } from '@libsql/client';
import { BACKTESTS_MIGRATION } from './backtests-migration.js';
import { LIVE_SCANS_MIGRATION } from './live-scans-migration.js';
import { SYNC_DEVICES_MIGRATION } from './sync-devices-migration.js';
import { SCHEDULE_ALERTS_TOP_MIGRATION } from './schedule-alerts-top-migration.js';
import { RUN_COLUMN_FORMATS_MIGRATION } from './run-column-formats-migration.js';

export interface Migration {
  version: number;
  name: string;
  statements: string[];
}

/**
 * The schema, one numbered step at a time. Never edit a released step: add the
 * next number. Timestamps are epoch milliseconds; JSON columns hold text.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'initial schema',
    statements: [
      `CREATE TABLE scanners (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        category TEXT NOT NULL DEFAULT '',
        source TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        deleted INTEGER NOT NULL DEFAULT 0
      )`,
      // Unique among live rows only: a deleted scanner stays (for sync) without holding its name.
      'CREATE UNIQUE INDEX scanners_live_name ON scanners (name COLLATE NOCASE) WHERE deleted = 0',
      'CREATE INDEX scanners_updated ON scanners (updated_at)',
      `CREATE TABLE watchlists (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        symbols TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        deleted INTEGER NOT NULL DEFAULT 0
      )`,
      'CREATE UNIQUE INDEX watchlists_live_name ON watchlists (name COLLATE NOCASE) WHERE deleted = 0',
      'CREATE INDEX watchlists_updated ON watchlists (updated_at)',
      `CREATE TABLE schedules (
        id TEXT PRIMARY KEY,
        scanner_id TEXT NOT NULL REFERENCES scanners (id) ON DELETE CASCADE,
        watchlist_id TEXT NOT NULL REFERENCES watchlists (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('once', 'interval', 'daily', 'weekly', 'cron')),
        spec TEXT NOT NULL,
        timezone TEXT NOT NULL DEFAULT 'Asia/Kolkata',
        market_hours_only INTEGER NOT NULL DEFAULT 0,
        enabled INTEGER NOT NULL DEFAULT 1,
        next_run_at INTEGER,
        last_run_at INTEGER,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      )`,
      'CREATE INDEX schedules_due ON schedules (enabled, next_run_at)',
      `CREATE TABLE runs (
        id TEXT PRIMARY KEY,
        schedule_id TEXT REFERENCES schedules (id) ON DELETE SET NULL,
        scanner_id TEXT,
        scanner TEXT NOT NULL,
        watchlist TEXT,
        status TEXT NOT NULL CHECK (status IN ('running', 'completed', 'failed', 'cancelled', 'interrupted')),
        started_at INTEGER NOT NULL,
        finished_at INTEGER,
        stats TEXT,
        message TEXT
      )`,
      'CREATE INDEX runs_started ON runs (started_at)',
      'CREATE INDEX runs_scanner ON runs (scanner_id, started_at)',
      'CREATE INDEX runs_status ON runs (status)',
      `CREATE TABLE run_results (
        id INTEGER PRIMARY KEY,
        run_id TEXT NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
        symbol TEXT NOT NULL,
        exchange TEXT NOT NULL,
        signal TEXT NOT NULL,
        columns TEXT NOT NULL,
        bar_time INTEGER
      )`,
      'CREATE INDEX run_results_run ON run_results (run_id, signal)',
      `CREATE TABLE run_errors (
        id INTEGER PRIMARY KEY,
        run_id TEXT NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
        symbol TEXT NOT NULL,
        exchange TEXT NOT NULL,
        message TEXT NOT NULL,
        line INTEGER,
        col INTEGER
      )`,
      'CREATE INDEX run_errors_run ON run_errors (run_id)',
      `CREATE TABLE alert_deliveries (
        id INTEGER PRIMARY KEY,
        run_id TEXT NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
        channel TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('pending', 'sent', 'failed')),
        attempts INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        at INTEGER NOT NULL
      )`,
      'CREATE INDEX alert_deliveries_run ON alert_deliveries (run_id)',
      `CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL,
        updated_at INTEGER NOT NULL
      )`
    ]
  },
  {
    version: 2,
    name: 'alert settings per schedule',
    statements: [
      // No row means the defaults: alert on every match, on every channel configured in settings.
      `CREATE TABLE schedule_alerts (
        schedule_id TEXT PRIMARY KEY REFERENCES schedules (id) ON DELETE CASCADE,
        enabled INTEGER NOT NULL DEFAULT 1,
        only_new INTEGER NOT NULL DEFAULT 0,
        channels TEXT,
        updated_at INTEGER NOT NULL
      )`
    ]
  },
  {
    version: 3,
    name: 'sync revisions',
    statements: [
      // One clock for scanners and watchlists: every write takes the next number, so a
      // device pulls everything after the number it last saw (its cursor).
      'CREATE TABLE sync_clock (id INTEGER PRIMARY KEY CHECK (id = 1), rev INTEGER NOT NULL)',
      'ALTER TABLE scanners ADD COLUMN rev INTEGER NOT NULL DEFAULT 0',
      'ALTER TABLE watchlists ADD COLUMN rev INTEGER NOT NULL DEFAULT 0',
      // Rows saved before this step get numbers too, so a first pull (since 0) returns them.
      'UPDATE scanners SET rev = (SELECT count(*) FROM scanners AS s WHERE s.rowid <= scanners.rowid)',
      'UPDATE watchlists SET rev = (SELECT count(*) FROM scanners) + (SELECT count(*) FROM watchlists AS w WHERE w.rowid <= watchlists.rowid)',
      'INSERT INTO sync_clock (id, rev) VALUES (1, (SELECT count(*) FROM scanners) + (SELECT count(*) FROM watchlists))',
      'CREATE INDEX scanners_rev ON scanners (rev)',
      'CREATE INDEX watchlists_rev ON watchlists (rev)',
      // Triggers, so writes through the REST API and the scheduler are numbered as sync's own are.
      `CREATE TRIGGER scanners_rev_insert AFTER INSERT ON scanners BEGIN
        UPDATE sync_clock SET rev = rev + 1 WHERE id = 1;
        UPDATE scanners SET rev = (SELECT rev FROM sync_clock WHERE id = 1) WHERE id = NEW.id;
      END`,
      `CREATE TRIGGER scanners_rev_update AFTER UPDATE OF name, description, category, source, deleted, updated_at ON scanners BEGIN
        UPDATE sync_clock SET rev = rev + 1 WHERE id = 1;
        UPDATE scanners SET rev = (SELECT rev FROM sync_clock WHERE id = 1) WHERE id = NEW.id;
      END`,
      `CREATE TRIGGER watchlists_rev_insert AFTER INSERT ON watchlists BEGIN
        UPDATE sync_clock SET rev = rev + 1 WHERE id = 1;
        UPDATE watchlists SET rev = (SELECT rev FROM sync_clock WHERE id = 1) WHERE id = NEW.id;
      END`,
      `CREATE TRIGGER watchlists_rev_update AFTER UPDATE OF name, symbols, deleted, updated_at ON watchlists BEGIN
        UPDATE sync_clock SET rev = rev + 1 WHERE id = 1;
        UPDATE watchlists SET rev = (SELECT rev FROM sync_clock WHERE id = 1) WHERE id = NEW.id;
      END`,
      // Changes already applied, by the id the device gave them: a re-sent push is answered, not re-applied.
      `CREATE TABLE sync_changes (
        change_id TEXT PRIMARY KEY,
        device_id TEXT NOT NULL,
        outcome TEXT NOT NULL,
        applied_at INTEGER NOT NULL
      )`
    ]
  },
  {
    version: 4,
    name: 'sync ordering per device',
    statements: [
      // Which record a logged change was for: a change id re-used for another record is refused.
      'ALTER TABLE sync_changes ADD COLUMN record_type TEXT',
      'ALTER TABLE sync_changes ADD COLUMN record_id TEXT',
      // Each device's last applied change per record: its push number (a change from an older
      // push is stale), what it carried and the revision it left, so the device's next change
      // made before it heard the answer counts that write as its own base.
      `CREATE TABLE sync_device_records (
        device_id TEXT NOT NULL,
        record_type TEXT NOT NULL,
        record_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        change TEXT NOT NULL,
        written_rev INTEGER NOT NULL,
        PRIMARY KEY (device_id, record_type, record_id)
      )`
    ]
  },
  {
    version: 5,
    name: 'schedule skips',
    statements: [
      // The last time a schedule's run was skipped and why (JSON {at, dueAt, reason}), so a skip is seen, not only logged.
      'ALTER TABLE schedules ADD COLUMN last_skip TEXT'
    ]
  },
  LIVE_SCANS_MIGRATION,
  BACKTESTS_MIGRATION,
  SCHEDULE_ALERTS_TOP_MIGRATION,
  SYNC_DEVICES_MIGRATION,
  RUN_COLUMN_FORMATS_MIGRATION
];

/**
 * Brings the schema up to date: each pending migration and its `schema_migrations`
 * row commit together in one write transaction, so a crash leaves either the old
 * or the new version, never half of one. Returns the versions it applied.
 * @example await migrate(client) // [1] on a new file, [] afterwards
 */
export async function migrate(client: Client, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  await client.execute(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)'
  );
  const applied = await client.execute('SELECT coalesce(max(version), 0) AS version FROM schema_migrations');
  const current = Number(applied.rows[0].version);
  const pending = migrations.filter((m) => m.version > current).sort((a, b) => a.version - b.version);
  for (const migration of pending) {
    await client.batch(
      [
        ...migration.statements,
        {
          sql: 'INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)',
          args: [migration.version, migration.name, Date.now()]
        }
      ],
      'write'
    );
  }
  return pending.map((m) => m.version);
}
