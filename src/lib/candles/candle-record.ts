import { z } from 'zod';
import { toIstDate, type IstDate } from '$engine/calendar';
import { CANDLE_FIELDS, type CandleColumns, type EpochSeconds } from '$engine/candles/types';

/** Where market data came from: the user's OpenAlgo, or the server's built-in simulator (demo data). */
export type MarketDataSource = 'openalgo' | 'simulator';

/** A symbol as the scanner lists it. */
export interface SymbolRef {
  symbol: string;
  exchange: string;
}

/** Where a record's bars came from and how its last refresh went. */
export interface CandleProvenance {
  source: MarketDataSource;
  /** When the bars were fetched upstream (epoch ms). A failed refresh leaves it unchanged. */
  fetchedAt: number;
  firstBarTime: EpochSeconds;
  lastBarTime: EpochSeconds;
  /** 'failed' when the latest refresh failed and these bars are older than they should be. */
  status: 'ok' | 'failed';
  lastError: string | null;
}

/** One cached series: exchange + symbol + interval, columns stored as typed arrays. */
export interface CandleRecord extends CandleColumns {
  /** `NSE:INFY:D` */
  key: string;
  exchange: string;
  symbol: string;
  interval: string;
  /** The earliest start_date fetched into this record: a short series from a later date is a young listing, not a gap. */
  coveredFrom: IstDate;
  provenance: CandleProvenance;
}

/**
 * The cache key of a series.
 * @example candleKey({ symbol: 'INFY', exchange: 'NSE' }, 'D') // 'NSE:INFY:D'
 */
export function candleKey({ exchange, symbol }: SymbolRef, interval: string): string {
  return `${exchange}:${symbol}:${interval}`;
}

/**
 * Symbols upper-cased (as the server validates them), each once, in order.
 * @example uniqueSymbols([{ symbol: 'infy', exchange: 'nse' }, { symbol: 'INFY', exchange: 'NSE' }]) // [{ symbol: 'INFY', exchange: 'NSE' }]
 */
export function uniqueSymbols(symbols: SymbolRef[]): SymbolRef[] {
  const unique = new Map<string, SymbolRef>();
  for (const { symbol, exchange } of symbols) {
    const ref = { symbol: symbol.trim().toUpperCase(), exchange: exchange.trim().toUpperCase() };
    unique.set(candleKey(ref, ''), ref);
  }
  return [...unique.values()];
}

const column = z.instanceof(Float64Array);
const epochSeconds = z.number().transform((value) => value as EpochSeconds);

const candleRecordSchema = z
  .object({
    key: z.string(),
    exchange: z.string(),
    symbol: z.string(),
    interval: z.string(),
    coveredFrom: z
      .string()
      .refine((text) => toIstDate(text) !== null, 'must be YYYY-MM-DD')
      .transform((text) => text as IstDate),
    time: column,
    open: column,
    high: column,
    low: column,
    close: column,
    volume: column,
    oi: column,
    provenance: z.object({
      source: z.enum(['openalgo', 'simulator']),
      fetchedAt: z.number(),
      firstBarTime: epochSeconds,
      lastBarTime: epochSeconds,
      status: z.enum(['ok', 'failed']),
      lastError: z.string().nullable()
    })
  })
  .refine(
    (record) => record.key === candleKey(record, record.interval),
    'key does not match exchange, symbol and interval'
  )
  .refine(
    (record) => record.time.length > 0 && CANDLE_FIELDS.every((field) => record[field].length === record.time.length),
    'columns must be non-empty and of equal length'
  )
  .refine(
    (record) => record.time.every((time, i) => i === 0 || time > record.time[i - 1]),
    'bar times must be strictly increasing'
  )
  .refine(
    (record) =>
      record.provenance.firstBarTime === record.time[0] &&
      record.provenance.lastBarTime === record.time[record.time.length - 1],
    'provenance bar times do not match the bars'
  );

/**
 * Checks a value read back from IndexedDB. Anything malformed is null: treated as missing, never trusted.
 * @example parseCandleRecord(await table.get('NSE:INFY:D'))
 */
export function parseCandleRecord(value: unknown): CandleRecord | null {
  const parsed = candleRecordSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** Structured clone copies a view's whole buffer, so views are stored as their own arrays. */
const compact = (values: Float64Array) =>
  values.byteOffset === 0 && values.byteLength === values.buffer.byteLength ? values : values.slice();

/**
 * A record holding `candles` (at least one bar), fetched successfully at `fetchedAt`.
 * @example candleRecordOf({ symbol: 'INFY', exchange: 'NSE' }, 'D', candles, { source: 'simulator', fetchedAt: Date.now(), coveredFrom })
 */
export function candleRecordOf(
  ref: SymbolRef,
  interval: string,
  candles: CandleColumns,
  { source, fetchedAt, coveredFrom }: { source: MarketDataSource; fetchedAt: number; coveredFrom: IstDate }
): CandleRecord {
  const bars = candles.time.length;
  if (bars === 0) throw new Error(`a cached series needs at least one bar (${candleKey(ref, interval)})`);
  const columns = Object.fromEntries(
    CANDLE_FIELDS.map((field) => [field, compact(candles[field])])
  ) as unknown as CandleColumns;
  return {
    key: candleKey(ref, interval),
    exchange: ref.exchange,
    symbol: ref.symbol,
    interval,
    coveredFrom,
    ...columns,
    provenance: {
      source,
      fetchedAt,
      firstBarTime: candles.time[0] as EpochSeconds,
      lastBarTime: candles.time[bars - 1] as EpochSeconds,
      status: 'ok',
      lastError: null
    }
  };
}

/**
 * The same record, marked as having failed its latest refresh (bars and fetchedAt unchanged).
 * @example await store.put(withRefreshFailure(record, 'offline'))
 */
export function withRefreshFailure(record: CandleRecord, error: string): CandleRecord {
  return { ...record, provenance: { ...record.provenance, status: 'failed', lastError: error } };
}
