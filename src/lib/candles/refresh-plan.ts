import { istDateOf, istEpochMs, latestCompletedSession, latestStartedSession, type IstDate } from '$engine/calendar';
import { isBarFinal, isFetchStillFresh } from '$engine/candles/bar-finality';
import type { EpochSeconds } from '$engine/candles/types';
import type { CandleRecord } from './candle-record';
import { barsBeforeFrom, historyStartDate, type HistoryDepth } from './history-depth';

/** How long a still-forming bar is good for before a scan asks for it again. */
const FORMING_BAR_MAX_AGE_MS = 60_000;

/** What one symbol's cache needs before a scan can use it. */
export type RefreshPlan =
  /** The cache answers: no request. */
  | { kind: 'fresh' }
  /** Final bars reach the last completed session; only today's forming daily bar is missing or old. */
  | { kind: 'forming-bar' }
  /** Fetch from the day of the last final bar (the overlap proves the cache still agrees) through today. */
  | { kind: 'tail'; startDate: IstDate; overlapFrom: EpochSeconds; lastFinalTime: EpochSeconds; fullStartDate: IstDate }
  /** Fetch everything a scan needs, from `startDate` through today. */
  | { kind: 'full'; startDate: IstDate }
  /** The cache starts too late: fetch the older bars from `startDate` to the first cached one, keep them, then plan again. */
  | { kind: 'history'; startDate: IstDate };

/** What a load needs: `lookbackBars` before today, or before `from` for a backtest. */
export type RefreshNeed = HistoryDepth;

/** Index of the newest bar that was already final when the record was fetched; -1 when none was. */
function lastFinalBarIndex(record: CandleRecord): number {
  let index = record.time.length - 1;
  while (index >= 0 && !isBarFinal(record.time[index], record.interval, record.provenance.fetchedAt)) index--;
  return index;
}

/**
 * Whether today's session is under way and the record's final bars reach the last completed
 * session, so only the forming daily bar is missing (what one multiquotes call can supply).
 * @example needsOnlyFormingBar(record, Date.now())
 */
export function needsOnlyFormingBar(record: CandleRecord, now: number): boolean {
  if (record.interval !== 'D') return false;
  const session = latestStartedSession(new Date(now));
  if (session.complete || session.date !== istDateOf(now)) return false;
  const lastFinal = lastFinalBarIndex(record);
  return lastFinal >= 0 && istDateOf(record.time[lastFinal] * 1000) >= latestCompletedSession(new Date(now));
}

/**
 * Works out what a scan (or a backtest from `need.from`) at `now` must fetch for one symbol, given its
 * cached record (null when none). Older history is asked for once: the record then covers it (`coveredFrom`).
 * @example planRefresh(record, { interval: 'D', lookbackBars: 250 }, Date.now()) // { kind: 'fresh' }
 */
export function planRefresh(record: CandleRecord | null, need: RefreshNeed, now: number): RefreshPlan {
  const fullStartDate = historyStartDate(need, now);
  if (!record) return { kind: 'full', startDate: fullStartDate };
  const coversLookback = barsBeforeFrom(record, need.from) >= need.lookbackBars || record.coveredFrom <= fullStartDate;
  if (!coversLookback) return { kind: 'history', startDate: fullStartDate };
  if (isFetchStillFresh(record.provenance.fetchedAt, istDateOf(now), now, FORMING_BAR_MAX_AGE_MS))
    return { kind: 'fresh' };
  if (needsOnlyFormingBar(record, now)) return { kind: 'forming-bar' };
  const lastFinal = lastFinalBarIndex(record);
  if (lastFinal < 0) return { kind: 'full', startDate: fullStartDate };
  const lastFinalTime = record.time[lastFinal] as EpochSeconds;
  const startDate = istDateOf(lastFinalTime * 1000);
  return {
    kind: 'tail',
    startDate,
    overlapFrom: (istEpochMs(startDate) / 1000) as EpochSeconds,
    lastFinalTime,
    fullStartDate
  };
}
