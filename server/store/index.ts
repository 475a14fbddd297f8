import { join } from 'node:path';
import type { Client } from '@libsql/client';
import { createAlertDeliveryRepository, type AlertDeliveryRepository } from './alert-deliveries.js';
import { openDatabase } from './database.js';
import { migrate } from './migrations.js';
import { createRunRepository, type RunRepository } from './runs.js';
import { createScannerRepository, type ScannerRepository } from './scanners.js';
import { createScheduleRepository, type ScheduleRepository } from './schedules.js';
import { createSettingsRepository, type SettingsRepository } from './settings.js';
import { readStats, type StoreStats } from './stats.js';
import { createWatchlistRepository, type WatchlistRepository } from './watchlists.js';

export type { AlertDelivery, DeliveryStatus } from './alert-deliveries.js';
export type { Run, RunError, RunOutcome, RunResult, RunScanner, RunStats, RunStatus, RunWatchlist } from './runs.js';
export { RUN_STATUSES } from './runs.js';
export { capErrorText, MAX_ERROR_TEXT } from './error-text.js';
export type { Scanner, ScannerInput } from './scanners.js';
export type { Schedule, ScheduleInput, SchedulePatch, ScheduleSkip } from './schedules.js';
export { DEFAULT_TIMEZONE } from './schedules.js';
export {
  isKnownTimezone,
  scheduleTimingSchema,
  WEEKDAYS,
  type ScheduleKind,
  type ScheduleTiming,
  type Weekday
} from './schedule-timing.js';
export type { StoreResult, StoreFailure } from './rows.js';
export type { StoreStats } from './stats.js';
export type { Watchlist, WatchlistInput, WatchlistSymbol } from './watchlists.js';

/** The server's SQLite store: one repository per domain over one connection. */
export interface Store {
  path: string;
  client: Client;
  scanners: ScannerRepository;
  watchlists: WatchlistRepository;
  schedules: ScheduleRepository;
  runs: RunRepository;
  alerts: AlertDeliveryRepository;
  settings: SettingsRepository;
  stats(now?: number): Promise<StoreStats>;
  close(): void;
}

/** The database file inside FLUXSCAN_DATA_DIR. */
export const storePath = (dataDir: string) => join(dataDir, 'fluxscan.db');

/**
 * Opens (creating if needed) and migrates the store. It does not touch runs:
 * the server calls `store.runs.markInterruptedRuns()` once at start-up.
 * @example const store = await openStore(storePath(config.dataDir))
 */
export async function openStore(path: string): Promise<Store> {
  const client = await openDatabase(path);
  try {
    await migrate(client);
  } catch (error) {
    client.close();
    throw error;
  }
  return {
    path,
    client,
    scanners: createScannerRepository(client),
    watchlists: createWatchlistRepository(client),
    schedules: createScheduleRepository(client),
    runs: createRunRepository(client),
    alerts: createAlertDeliveryRepository(client),
    settings: createSettingsRepository(client),
    stats: (now) => readStats(client, path, now),
    close: () => client.close()
  };
}
