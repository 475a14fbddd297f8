import { existsSync, readFileSync } from 'node:fs';
import { parseHistoryCsv } from '../../src-worker/candles/history-csv.js';
import type { CandleColumns } from '../../src-worker/candles/types.js';
import { istEpochMs, previousTradingDays, type IstDate } from '../../src-worker/calendar/index.js';
import { RECORDED_DAILY_DIR } from './data-files.js';

const parsed = new Map<string, CandleColumns | null>();

/**
 * The real NSE daily series recorded for `symbol` (prices as recorded), or null when there is none.
 * @example recordedDailyBars('INFY')?.close.length // 1242
 */
export function recordedDailyBars(symbol: string): CandleColumns | null {
  if (!parsed.has(symbol)) {
    const file = `${RECORDED_DAILY_DIR}${symbol}.csv`;
    const result = existsSync(file) ? parseHistoryCsv(readFileSync(file, 'utf8')) : null;
    if (result && 'error' in result) throw new Error(`${file}: ${result.error}`);
    parsed.set(symbol, result ? result.data : null);
  }
  return parsed.get(symbol) ?? null;
}

/**
 * The same bars re-dated onto consecutive NSE trading days ending on `lastDate`, prices untouched:
 * a recorded series always looks current.
 * @example shiftToSession(recordedDailyBars('INFY')!, '2026-11-24' as IstDate)
 */
export function shiftToSession(bars: CandleColumns, lastDate: IstDate): CandleColumns {
  const count = bars.time.length;
  const dates = [...previousTradingDays(lastDate, count - 1), lastDate];
  const time = new Float64Array(count);
  dates.forEach((date, i) => (time[i] = istEpochMs(date) / 1000));
  return { ...bars, time };
}
