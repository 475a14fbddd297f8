import { describe, expect, it } from 'vitest';
import { holidays } from './holiday-list.js';
import { istDateOf, istEpochMs, toIstDate, type IstDate } from './ist-time.js';
import { latestCompletedSession, latestStartedSession, marketTimings, sessionSegments } from './sessions.js';

const day = (text: string) => text as IstDate;
const ist = (text: string) => new Date(`${text}+05:30`);

describe('IST time', () => {
  it('converts dates and wall-clock times at UTC+05:30', () => {
    expect(istEpochMs(day('2025-12-19'), '09:15')).toBe(1766115900000);
    expect(istDateOf(Date.parse('2025-04-01T20:00:00Z'))).toBe('2025-04-02');
    expect(toIstDate('2025-02-30')).toBeNull();
    expect(toIstDate('2025-02-28')).toBe('2025-02-28');
  });
});

describe('sessions', () => {
  it('finds the latest completed and started sessions', () => {
    expect(latestCompletedSession(ist('2025-12-19T13:30:00'))).toBe('2025-12-18');
    expect(latestCompletedSession(ist('2025-12-19T15:30:00'))).toBe('2025-12-19');
    expect(latestCompletedSession(ist('2025-12-21T10:00:00'))).toBe('2025-12-19'); // Sunday
    expect(latestStartedSession(ist('2025-12-19T13:30:00'))).toEqual({ date: '2025-12-19', complete: false });
    expect(latestStartedSession(ist('2025-12-19T09:00:00'))).toEqual({ date: '2025-12-18', complete: true });
    expect(latestCompletedSession(ist('2025-08-15T16:00:00'))).toBe('2025-08-14'); // holiday
  });

  it('gives OpenAlgo-shaped timings, empty on holidays, split for drills', () => {
    expect(marketTimings(day('2025-12-19'))[0]).toEqual({
      exchange: 'NSE',
      start_time: 1766115900000,
      end_time: 1766138400000
    });
    expect(marketTimings(day('2025-12-25'))).toEqual([]);
    expect(sessionSegments(day('2024-03-02'))).toHaveLength(2);
  });

  it('lists holidays and special sessions like market/holidays', () => {
    const list = holidays(2026);
    expect(list.timezone).toBe('Asia/Kolkata');
    const republicDay = list.data.find((entry) => entry.date === '2026-01-26');
    expect(republicDay).toMatchObject({
      description: 'Republic Day',
      holiday_type: 'TRADING_HOLIDAY',
      open_exchanges: []
    });
    expect(republicDay?.closed_exchanges).toContain('NSE');
    const budget = list.data.find((entry) => entry.date === '2026-02-01');
    expect(budget?.holiday_type).toBe('SPECIAL_SESSION');
    expect(budget?.open_exchanges[0].start_time).toBe(istEpochMs(day('2026-02-01'), '09:15'));
    expect(holidays(2027).data).toEqual([]);
  });
});
