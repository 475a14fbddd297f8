import type { Migration } from './migrations.js';

/** Backtests run on the server: the request, the outcome's summary and its events (one row each). */
export const BACKTESTS_MIGRATION: Migration = {
  version: 7,
  name: 'backtests',
  statements: [
    `CREATE TABLE backtests (
      id TEXT PRIMARY KEY,
      request TEXT NOT NULL,
      scanner_name TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('running', 'completed', 'cancelled', 'failed', 'interrupted')),
      message TEXT,
      summary TEXT,
      hits_per_day TEXT,
      errors TEXT,
      stats TEXT,
      created_at INTEGER NOT NULL,
      finished_at INTEGER
    )`,
    `CREATE TABLE backtest_events (
      backtest_id TEXT NOT NULL REFERENCES backtests (id) ON DELETE CASCADE,
      seq INTEGER NOT NULL,
      event TEXT NOT NULL,
      PRIMARY KEY (backtest_id, seq)
    )`
  ]
};
