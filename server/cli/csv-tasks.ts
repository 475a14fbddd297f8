import { readFile } from 'node:fs';
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

/** Files read at once: enough to keep the disk and the thread pool busy while one is parsed. */
const READS_IN_FLIGHT = 16;

type ReadOutcome = { text: string } | { reason: string };

/** One file's text, or why it could not be read. The callback API costs less per file than fs/promises. */
const readText = (path: string) =>
  new Promise<ReadOutcome>((resolve) =>
    readFile(path, 'utf8', (error, text) =>
      resolve(error ? { reason: `cannot read the file (${error.code ?? error.message})` } : { text })
    )
  );

/**
 * Reads the files up to 16 at a time and parses each as its turn comes, yielding scan tasks in
 * file order as they are ready, so the pool computes while the rest still load.
 * @example for await (const task of loadCsvTasks(files, options, (e) => errors.push(e))) …
 */
export async function* loadCsvTasks(
  files: readonly CsvFile[],
  options: CsvLoadOptions,
  onError: (error: CsvLoadError) => void
): AsyncGenerator<BatchTask> {
  const { exchange, interval, lookback } = options;
  const reads: Promise<ReadOutcome>[] = files.slice(0, READS_IN_FLIGHT).map(({ path }) => readText(path));
  for (let i = 0; i < files.length; i++) {
    const { symbol, path } = files[i];
    const read = await reads[i];
    delete reads[i];
    if (i + READS_IN_FLIGHT < files.length) reads[i + READS_IN_FLIGHT] = readText(files[i + READS_IN_FLIGHT].path);
    const fail = (reason: string) => onError({ symbol, exchange, message: `${path}: ${reason}` });
    if ('reason' in read) {
      fail(read.reason);
      continue;
    }
    const parsed = parseHistoryCsv(read.text);
    if ('error' in parsed) {
      fail(parsed.error);
      continue;
    }
    const industry = options.industries?.get(symbol) ?? null;
    yield {
      symbol,
      exchange,
      interval,
      candles: packCandles(lastBars(parsed.data, lookback)),
      industry,
      benchmark: options.benchmark ?? null
    };
  }
}
