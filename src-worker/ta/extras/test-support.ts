import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHistoryCsv } from '../../candles/history-csv.js';
import type { CandleColumns } from '../../candles/types.js';

/** Real INFY daily candles, for the extras' tests. */
export function infyCandles(): CandleColumns {
  const path = fileURLToPath(new URL('../../../server/data/nifty50-daily/INFY.csv', import.meta.url));
  const parsed = parseHistoryCsv(readFileSync(path, 'utf8'));
  if ('error' in parsed) throw new Error(`INFY.csv: ${parsed.error}`);
  return parsed.data;
}

/** The first place two series differ beyond a relative 1e-9 (NaN must meet NaN), or null. */
export function firstDifference(actual: ArrayLike<number>, expected: ArrayLike<number>): string | null {
  if (actual.length !== expected.length) return `length ${actual.length}, expected ${expected.length}`;
  for (let i = 0; i < expected.length; i++) {
    const [got, want] = [actual[i], expected[i]];
    if (Number.isNaN(want) !== Number.isNaN(got)) return `[${i}]: ${got}, expected ${want}`;
    if (!Number.isNaN(want) && !(Math.abs(got - want) <= 1e-9 * Math.max(1, Math.abs(want))))
      return `[${i}]: ${got}, expected ${want}`;
  }
  return null;
}
