import { readFile } from 'node:fs/promises';
import { parseHistoryCsv } from '../../src-worker/candles/history-csv.js';
import type { CandleColumns } from '../../src-worker/candles/types.js';

/** The `--benchmark FILE.csv` index series (OpenAlgo history format), or why it cannot be used. */
export async function readBenchmark(path: string): Promise<{ data: CandleColumns } | { error: string }> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    return {
      error: `--benchmark ${path}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`
    };
  }
  const parsed = parseHistoryCsv(text);
  return 'error' in parsed ? { error: `--benchmark ${path}: ${parsed.error}` } : parsed;
}
