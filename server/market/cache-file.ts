import { z } from 'zod';
import { CANDLE_FIELDS, type CandleColumns } from '../../src-worker/candles/types.js';

/**
 * One cached series (exchange + symbol + interval) and what is known about it.
 * `coveredFrom` is the earliest date ever asked for, which may precede the first bar (a listing
 * date, a broker's intraday window): asking again from that date needs no fetch.
 */
export interface CacheEntry {
  exchange: string;
  symbol: string;
  interval: string;
  coveredFrom: string;
  /** When the newest part was fetched (epoch ms); decides which bars were final. */
  fetchedAt: number;
  source: 'openalgo' | 'simulator';
  candles: CandleColumns;
}

/*
 * File layout: "FXC1", header length (uint32 LE), JSON header, zero padding to 8 bytes, then the
 * seven columns as little-endian Float64 in CANDLE_FIELDS order. Binary columns rather than gzipped
 * JSON: they load with one copy per column straight into the Float64Arrays the engine and the wire
 * use, round-trip every price exactly, and cost 56 bytes a bar (five years of daily bars ≈ 70 KB),
 * so compressing would spend CPU on every read to save little disk.
 */
const MAGIC = 'FXC1';
const headerSchema = z.object({
  exchange: z.string(),
  symbol: z.string(),
  interval: z.string(),
  coveredFrom: z.string(),
  fetchedAt: z.number(),
  source: z.enum(['openalgo', 'simulator']),
  bars: z.number().int().min(0)
});

const isLittleEndian = new Uint8Array(new Float64Array([1]).buffer)[7] === 0x3f;

/**
 * Serialises an entry to the cache file format.
 * @example await writeFile(path, encodeCacheEntry(entry))
 */
export function encodeCacheEntry(entry: CacheEntry): Uint8Array {
  if (!isLittleEndian) throw new Error('the candle cache format needs a little-endian machine');
  const { candles, ...rest } = entry;
  const header = new TextEncoder().encode(JSON.stringify({ ...rest, bars: candles.time.length }));
  const columnsStart = Math.ceil((8 + header.length) / 8) * 8;
  const bytes = new Uint8Array(columnsStart + CANDLE_FIELDS.length * candles.time.length * 8);
  bytes.set(new TextEncoder().encode(MAGIC), 0);
  new DataView(bytes.buffer).setUint32(4, header.length, true);
  bytes.set(header, 8);
  CANDLE_FIELDS.forEach((field, k) => {
    const column = candles[field];
    bytes.set(
      new Uint8Array(column.buffer, column.byteOffset, column.byteLength),
      columnsStart + k * candles.time.length * 8
    );
  });
  return bytes;
}

/**
 * Reads a cache file back; a truncated, foreign or corrupt file is an error (the caller refetches).
 * @example decodeCacheEntry(await readFile(path))
 */
export function decodeCacheEntry(bytes: Uint8Array): { data: CacheEntry } | { error: string } {
  if (bytes.length < 8 || new TextDecoder().decode(bytes.subarray(0, 4)) !== MAGIC)
    return { error: 'not a candle cache file' };
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(4, true);
  let header: z.infer<typeof headerSchema>;
  try {
    const parsed = headerSchema.safeParse(JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + headerLength))));
    if (!parsed.success) return { error: 'unreadable header' };
    header = parsed.data;
  } catch {
    return { error: 'unreadable header' };
  }
  const columnsStart = Math.ceil((8 + headerLength) / 8) * 8;
  if (bytes.length !== columnsStart + CANDLE_FIELDS.length * header.bars * 8)
    return { error: 'file size does not match its header' };
  const column = (k: number) => {
    const start = bytes.byteOffset + columnsStart + k * header.bars * 8;
    return new Float64Array(bytes.buffer.slice(start, start + header.bars * 8));
  };
  const candles = Object.fromEntries(CANDLE_FIELDS.map((field, k) => [field, column(k)])) as unknown as CandleColumns;
  const { bars: _bars, ...rest } = header;
  return { data: { ...rest, candles } };
}
