import { Dexie, type Table } from 'dexie';
import { CANDLE_FIELDS } from '$engine/candles/types';
import { parseCandleRecord, type CandleRecord } from './candle-record';

/** Where cached series are read and written; the loader takes one so its logic runs without IndexedDB. */
export interface CandleStore {
  /** The records under `keys`, in order; null where missing or corrupt. */
  readMany(keys: string[]): Promise<(CandleRecord | null)[]>;
  put(record: CandleRecord): Promise<void>;
}

/**
 * Saves a record; a failed save (quota, private mode) comes back as its message, since the bars in
 * hand are still good for the scan that fetched them.
 * @example const saveError = await saveRecord(store, record)
 */
export async function saveRecord(store: CandleStore, record: CandleRecord): Promise<string | null> {
  try {
    await store.put(record);
    return null;
  } catch (error) {
    return `not saved in the browser cache: ${(error as Error).message}`;
  }
}

/** Version 1: one row per series, keyed `NSE:INFY:D`; typed arrays are stored as they are (structured clone). */
class CandleDatabase extends Dexie {
  candles!: Table<CandleRecord, string>;

  constructor() {
    super('fluxscan-candles');
    this.version(1).stores({ candles: 'key' });
  }
}

let database: CandleDatabase | undefined;
/** Opened on first use, so importing this module never touches IndexedDB. */
const candleDatabase = () => (database ??= new CandleDatabase());

/**
 * The browser's candle cache in IndexedDB. Every record read back is parsed; a corrupt one reads as missing.
 * @example const [record] = await indexedDbCandleStore.readMany(['NSE:INFY:D'])
 */
export const indexedDbCandleStore: CandleStore = {
  async readMany(keys) {
    const values: unknown[] = await candleDatabase().candles.bulkGet(keys);
    return values.map(parseCandleRecord);
  },
  async put(record) {
    await candleDatabase().candles.put(record);
  }
};

/** What the cache holds, for the settings screen. */
export interface CandleCacheStats {
  records: number;
  bars: number;
  /** The typed arrays' bytes; IndexedDB's own overhead comes on top. */
  approxBytes: number;
  /** When the most recent fetch happened (epoch ms), null for an empty cache. */
  lastFetchedAt: number | null;
  /** Series whose last fetch failed: they hold older bars and are shown as stale. */
  failedSeries: number;
}

/**
 * Counts the cached series and their bars (corrupt records count as records with no bars).
 * @example const { records, bars, approxBytes } = await cacheStats()
 */
export async function cacheStats(): Promise<CandleCacheStats> {
  const stats: CandleCacheStats = { records: 0, bars: 0, approxBytes: 0, lastFetchedAt: null, failedSeries: 0 };
  await candleDatabase().candles.each((value: unknown) => {
    stats.records++;
    const record = parseCandleRecord(value);
    if (!record) return;
    stats.bars += record.time.length;
    stats.approxBytes += CANDLE_FIELDS.reduce((bytes, field) => bytes + record[field].byteLength, 0);
    stats.lastFetchedAt = Math.max(stats.lastFetchedAt ?? 0, record.provenance.fetchedAt);
    if (record.provenance.status === 'failed') stats.failedSeries++;
  });
  return stats;
}

/**
 * Deletes every cached series; the next scan fetches what it needs again.
 * @example await clearCandleCache()
 */
export async function clearCandleCache(): Promise<void> {
  await candleDatabase().candles.clear();
}
