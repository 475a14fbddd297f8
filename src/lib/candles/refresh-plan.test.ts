import { describe, expect, it } from 'vitest';
import { istEpochMs, tradingDaysBetween, type IstDate } from '$engine/calendar';
import { allocateCandles } from '$engine/candles/types';
import { candleRecordOf, type CandleRecord } from './candle-record';
import { coldFetchStartDate } from '$engine/candles/history-range';
import { planRefresh } from './refresh-plan';
import { istMs } from './test-helpers';

/** A record holding one bar per trading day from `from` to `to`, each stamped at midnight IST. */
function dailyRecord(from: string, to: string, fetchedAt: number, interval = 'D', coveredFrom = from): CandleRecord {
  const days = tradingDaysBetween(from as IstDate, to as IstDate);
  const candles = allocateCandles(days.length);
  days.forEach((day, i) => {
    candles.time[i] = istEpochMs(day) / 1000;
    candles.close[i] = 100 + i;
  });
  return candleRecordOf({ symbol: 'INFY', exchange: 'NSE' }, interval, candles, {
    source: 'simulator',
    fetchedAt,
    coveredFrom: coveredFrom as IstDate
  });
}

const need = { interval: 'D', lookbackBars: 100 };

describe('planRefresh', () => {
  it('needs nothing when the cache was fetched after the last close', () => {
    const record = dailyRecord('2026-01-01', '2026-12-08', istMs('2026-12-08T15:45'));
    expect(planRefresh(record, need, istMs('2026-12-08T22:00'))).toEqual({ kind: 'fresh' });
    expect(planRefresh(record, need, istMs('2026-12-09T09:10'))).toEqual({ kind: 'fresh' });
  });

  it('needs nothing over a weekend or a holiday', () => {
    const friday = dailyRecord('2026-01-01', '2026-12-04', istMs('2026-12-04T16:00'));
    expect(planRefresh(friday, need, istMs('2026-12-06T12:00'))).toEqual({ kind: 'fresh' });
    const beforeGurpurb = dailyRecord('2026-01-01', '2026-11-23', istMs('2026-11-23T16:00'));
    expect(planRefresh(beforeGurpurb, need, istMs('2026-11-24T12:00'))).toEqual({ kind: 'fresh' });
  });

  it('fetches the tail from the last final bar after the next close', () => {
    const record = dailyRecord('2026-01-01', '2026-12-07', istMs('2026-12-07T16:00'));
    expect(planRefresh(record, need, istMs('2026-12-08T16:00'))).toEqual({
      kind: 'tail',
      startDate: '2026-12-07',
      overlapFrom: istEpochMs('2026-12-07' as IstDate) / 1000,
      lastFinalTime: istEpochMs('2026-12-07' as IstDate) / 1000,
      fullStartDate: coldFetchStartDate('D', 100, istMs('2026-12-08T16:00'))
    });
  });

  it('fetches the tail across a gap of several sessions', () => {
    const record = dailyRecord('2026-01-01', '2026-11-20', istMs('2026-11-20T18:00'));
    expect(planRefresh(record, need, istMs('2026-12-08T16:00'))).toMatchObject({
      kind: 'tail',
      startDate: '2026-11-20'
    });
  });

  it('asks only for the forming bar during a session when the cache is final through the last close', () => {
    const record = dailyRecord('2026-01-01', '2026-12-07', istMs('2026-12-07T16:00'));
    expect(planRefresh(record, need, istMs('2026-12-08T11:00'))).toEqual({ kind: 'forming-bar' });
  });

  it('keeps a forming bar for a minute, then asks for it again', () => {
    const record = dailyRecord('2026-01-01', '2026-12-08', istMs('2026-12-08T11:00'));
    expect(planRefresh(record, need, istMs('2026-12-08T11:00') + 30_000)).toEqual({ kind: 'fresh' });
    expect(planRefresh(record, need, istMs('2026-12-08T11:02'))).toEqual({ kind: 'forming-bar' });
  });

  it('fetches the tail during a session when a completed session is missing', () => {
    const record = dailyRecord('2026-01-01', '2026-12-04', istMs('2026-12-04T16:00'));
    expect(planRefresh(record, need, istMs('2026-12-08T11:00'))).toMatchObject({
      kind: 'tail',
      startDate: '2026-12-04'
    });
  });

  it('replaces a bar that was forming when fetched, from the last final bar before it', () => {
    const record = dailyRecord('2026-01-01', '2026-12-08', istMs('2026-12-08T11:00'));
    expect(planRefresh(record, need, istMs('2026-12-08T16:00'))).toMatchObject({
      kind: 'tail',
      startDate: '2026-12-07'
    });
  });

  it('uses history, not quotes, for intraday intervals during a session', () => {
    const record = dailyRecord('2026-11-01', '2026-12-07', istMs('2026-12-07T16:00'), '5m');
    expect(planRefresh(record, { interval: '5m', lookbackBars: 10 }, istMs('2026-12-08T11:00'))).toMatchObject({
      kind: 'tail'
    });
  });

  it('fetches in full with no cache or no final bar, and only the older history for too short a cache', () => {
    const now = istMs('2026-12-08T16:00');
    const startDate = coldFetchStartDate('D', 100, now);
    expect(planRefresh(null, need, now)).toEqual({ kind: 'full', startDate });
    const short = dailyRecord('2026-11-02', '2026-12-08', istMs('2026-12-08T15:45'));
    expect(planRefresh(short, need, now)).toEqual({ kind: 'history', startDate });
    const onlyForming = dailyRecord('2026-12-08', '2026-12-08', istMs('2026-12-08T11:00'), 'D', '2026-01-01');
    expect(planRefresh(onlyForming, need, now)).toEqual({ kind: 'full', startDate });
  });

  it('trusts a short series fetched from early enough: a young listing, not a gap', () => {
    const young = dailyRecord('2026-11-02', '2026-12-08', istMs('2026-12-08T15:45'), 'D', '2026-01-01');
    expect(planRefresh(young, need, istMs('2026-12-08T16:00'))).toEqual({ kind: 'fresh' });
  });
});

describe('planRefresh for a backtest from a date', () => {
  const now = istMs('2026-12-08T16:00');
  const from = '2022-01-03' as IstDate;
  const deepStart = coldFetchStartDate('D', 100, istEpochMs(from));

  it('asks for the older history once: lookback bars before `from`', () => {
    const yearOnly = dailyRecord('2025-12-01', '2026-12-08', istMs('2026-12-08T15:45'));
    expect(planRefresh(yearOnly, { ...need, from }, now)).toEqual({ kind: 'history', startDate: deepStart });
    expect(planRefresh(null, { ...need, from }, now)).toEqual({ kind: 'full', startDate: deepStart });
    const deepened = dailyRecord('2025-12-01', '2026-12-08', istMs('2026-12-08T15:45'), 'D', deepStart);
    expect(planRefresh(deepened, { ...need, from }, now)).toEqual({ kind: 'fresh' });
  });

  it('needs nothing older when the cache already holds the lookback before `from`', () => {
    const record = dailyRecord('2021-06-01', '2026-12-08', istMs('2026-12-08T15:45'));
    expect(planRefresh(record, { ...need, from }, now)).toEqual({ kind: 'fresh' });
  });

  it('asks for no more than a scan would when `from` is recent', () => {
    const record = dailyRecord('2026-01-01', '2026-12-08', istMs('2026-12-08T15:45'));
    expect(planRefresh(record, { ...need, from: '2026-12-01' as IstDate }, now)).toEqual({ kind: 'fresh' });
  });
});

describe('coldFetchStartDate', () => {
  const now = istMs('2026-12-08T16:00');
  it('covers daily look-backs with 1.5 calendar days a bar plus 10', () => {
    expect(coldFetchStartDate('D', 200, now)).toBe('2026-02-01');
  });
  it('covers intraday look-backs by sessions, never beyond 60 days', () => {
    expect(coldFetchStartDate('5m', 500, now)).toBe('2026-11-17');
    expect(coldFetchStartDate('1m', 100_000, now)).toBe('2026-10-09');
  });
});
