import { readFile } from 'node:fs/promises';
import { parseHistoryCsv } from '../../src-worker/candles/history-csv.js';
import { packCandles, type PackedCandles } from '../../src-worker/candles/packed.js';
import { lastBars } from '../../src-worker/candles/types.js';
import type { BatchTask } from '../../src-worker/engine/engine-api.js';
import type { CsvFile } from './csv-files.js';

export interface CsvLoadOptions {
  exchange: string;
  interval: string;
  /** Bars per symbol, newest last. */
  lookback: number;
  /** Symbol → industry; symbols not in it get null. */
  industries?: ReadonlyMap<string, string>;
  /** The index every symbol's `benchmark` is aligned from. */
  benchmark?: PackedCandles;
}

/** A file that could not become a task; the scan goes on without it. */
export interface CsvLoadError {
  symbol: string;
  exchange: string;
  message: string;
}

/**
 * Reads and parses the files one by one, yielding scan tasks as they are ready
 * so the pool computes while the rest still load.
 * @example for await (const task of loadCsvTasks(files, options, (e) => errors.push(e))) …
 */
export async function* loadCsvTasks(
  files: readonly CsvFile[],
  options: CsvLoadOptions,
  onError: (error: CsvLoadError) => void
): AsyncGenerator<BatchTask> {
  const { exchange, interval, lookback } = options;
  for (const { symbol, path } of files) {
    const fail = (reason: string) => onError({ symbol, exchange, message: `${path}: ${reason}` });
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      fail(`cannot read the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
      continue;
    }
    const parsed = parseHistoryCsv(text);
    if ('error' in parsed) {
      fail(parsed.error);
      continue;
    }
    const industry = options.industries?.get(symbol) ?? null;
    yield { symbol, exchange, interval, candles: packCandles(lastBars(parsed.data, lookback)), industry, benchmark: options.benchmark ?? null };
  }
}
