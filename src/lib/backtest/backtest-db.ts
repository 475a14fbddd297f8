import { Dexie, type DexieOptions, type Table } from 'dexie';
import type { BacktestDetail, SavedBacktestSummary } from './backtest-record';

/** The IndexedDB name, apart from scan runs: a backtest's events can outweigh a whole run history. */
export const BACKTEST_DATABASE_NAME = 'fluxscan-backtests';

/** Version 1: `backtests` (listed newest first) and each one's `details` (events, hits per day, errors) under the same id. */
export class BacktestDatabase extends Dexie {
  backtests!: Table<SavedBacktestSummary, string>;
  details!: Table<BacktestDetail, string>;

  constructor(options?: DexieOptions) {
    super(BACKTEST_DATABASE_NAME, options);
    this.version(1).stores({ backtests: 'id, startedAt', details: 'id' });
  }
}

let database: BacktestDatabase | undefined;
/** Opened on first use, so importing this module never touches IndexedDB. */
export const backtestDatabase = () => (database ??= new BacktestDatabase());
