import type { Migration } from './migrations.js';

/** Live scans (rescanned on every candle close) and their results, one row per closed bar. */
export const LIVE_SCANS_MIGRATION: Migration = {
  version: 6,
  name: 'live scans',
  statements: [
    `CREATE TABLE live_scans (
      id TEXT PRIMARY KEY,
      scanner_id TEXT NOT NULL,
      watchlist_id TEXT,
      symbols TEXT NOT NULL,
      interval TEXT NOT NULL,
      params TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('running', 'stopped')),
      stop_reason TEXT,
      created_at INTEGER NOT NULL,
      stopped_at INTEGER
    )`,
    `CREATE TABLE live_scan_results (
      live_scan_id TEXT NOT NULL REFERENCES live_scans (id) ON DELETE CASCADE,
      day TEXT NOT NULL,
      bar_time INTEGER NOT NULL,
      entered TEXT NOT NULL,
      exited TEXT NOT NULL,
      rows TEXT NOT NULL,
      errors INTEGER NOT NULL,
      elapsed_ms INTEGER NOT NULL,
      PRIMARY KEY (live_scan_id, bar_time)
    )`,
    'CREATE INDEX live_scan_results_day ON live_scan_results (live_scan_id, day)'
  ]
};
