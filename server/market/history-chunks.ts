import { addDays, type IstDate } from '../../src-worker/calendar/index.js';
import { concatBars } from '../../src-worker/candles/aggregate-bars.js';
import type { CandleColumns } from '../../src-worker/candles/types.js';

/**
 * Calendar days one history request may span. Brokers behind OpenAlgo cap a request's range —
 * intraday tightly (30 days of 1-minute bars at some), daily at 2,000 days — and answer an error or
 * silently fewer bars beyond it, so longer ranges are asked for piece by piece.
 */
const INTRADAY_CHUNK_DAYS = 30;
const DAILY_CHUNK_DAYS = 2000;

/** Weekly and monthly bars are not split: a bar cut at a chunk boundary would come back as two partial bars. */
const chunkDaysOf = (interval: string): number | null =>
  /^\d+[smh]$/.test(interval) ? INTRADAY_CHUNK_DAYS : interval === 'D' ? DAILY_CHUNK_DAYS : null;

/**
 * `from … through` (inclusive IST dates) split into consecutive ranges no longer than one request may span.
 * @example historyChunks('5m', '2026-01-01', '2026-02-15') // [['2026-01-01', '2026-01-30'], ['2026-01-31', '2026-02-15']]
 */
export function historyChunks(interval: string, from: IstDate, through: IstDate): Array<[IstDate, IstDate]> {
  const span = chunkDaysOf(interval);
  if (span === null) return [[from, through]];
  const chunks: Array<[IstDate, IstDate]> = [];
  for (let start = from; start <= through; start = addDays(start, span)) {
    const end = addDays(start, span - 1);
    chunks.push([start, end < through ? end : through]);
  }
  return chunks;
}

/**
 * Fetches `from … through` one chunk after another (the OpenAlgo client's throttle spaces them) and
 * joins the bars in order; the first failing chunk fails the whole range, so no gap is ever kept.
 * @example await fetchInChunks('D', '2021-01-01', '2026-12-08', (start, end) => client.history({ ...request, start_date: start, end_date: end }))
 */
export async function fetchInChunks<E>(
  interval: string,
  from: IstDate,
  through: IstDate,
  fetchRange: (start: IstDate, end: IstDate) => Promise<{ data: CandleColumns } | { error: E }>
): Promise<{ data: CandleColumns } | { error: E }> {
  const parts: CandleColumns[] = [];
  for (const [start, end] of historyChunks(interval, from, through)) {
    const part = await fetchRange(start, end);
    if ('error' in part) return part;
    parts.push(part.data);
  }
  return { data: concatBars(parts) };
}
