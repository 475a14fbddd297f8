import { mkdir, readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { decodeCacheEntry, encodeCacheEntry, type CacheEntry } from './cache-file.js';

export interface CandleStore {
  read(exchange: string, symbol: string, interval: string): Promise<CacheEntry | null>;
  write(entry: CacheEntry): Promise<void>;
  usage(): Promise<{ files: number; bytes: number }>;
}

const EXTENSION = '.fxc';

/** `NSE_M%26M_D.fxc`: symbols are validated upstream, and encoding keeps `&`, `/` and `..` out of names anyway. */
function fileName(exchange: string, symbol: string, interval: string): string {
  const safe = (part: string) => encodeURIComponent(part).replace(/\./g, '%2E');
  return `${safe(exchange)}_${safe(symbol)}_${safe(interval)}${EXTENSION}`;
}

/**
 * Candle files on disk, one per exchange + symbol + interval. Writes go to a temporary file that is
 * then renamed over the old one, so a crash never leaves a half-written series behind.
 * @example const store = createCandleStore('.fluxscan-data/candles')
 */
export function createCandleStore(directory: string): CandleStore {
  let ready: Promise<unknown> | undefined;
  const ensureDirectory = () => (ready ??= mkdir(directory, { recursive: true }));

  return {
    async read(exchange, symbol, interval) {
      let bytes: Buffer;
      try {
        bytes = await readFile(join(directory, fileName(exchange, symbol, interval)));
      } catch {
        return null;
      }
      const decoded = decodeCacheEntry(bytes);
      return 'data' in decoded ? decoded.data : null;
    },
    async write(entry) {
      await ensureDirectory();
      const target = join(directory, fileName(entry.exchange, entry.symbol, entry.interval));
      const temporary = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
      try {
        await writeFile(temporary, encodeCacheEntry(entry));
        await rename(temporary, target);
      } catch (error) {
        await unlink(temporary).catch(() => undefined);
        throw error;
      }
    },
    async usage() {
      await ensureDirectory();
      const names = (await readdir(directory)).filter((name) => name.endsWith(EXTENSION));
      const sizes = await Promise.all(
        names.map((name) =>
          stat(join(directory, name)).then(
            (s) => s.size,
            () => 0
          )
        )
      );
      return { files: names.length, bytes: sizes.reduce((a, b) => a + b, 0) };
    }
  };
}
