import { describe, expect, it } from 'vitest';
import {
  barTimeValue,
  formatBarTime,
  formatMarketDate,
  formatMarketDateTime,
  formatMarketTime,
  marketDayStart
} from './market-time';
import { countOf } from './count';

// Midnight IST on 4 Dec 2026 is 18:30 UTC on 3 Dec: a UTC or New York reading would say the 3rd.
const DEC_4_MIDNIGHT_IST = Date.parse('2026-12-04T00:00:00+05:30');

describe('market dates and times', () => {
  it('reads an instant on the NSE calendar, not the machine’s', () => {
    expect(new Date(DEC_4_MIDNIGHT_IST).toISOString()).toBe('2026-12-03T18:30:00.000Z');
    expect(formatMarketDate(DEC_4_MIDNIGHT_IST)).toBe('2026-12-04');
    expect(formatMarketTime(DEC_4_MIDNIGHT_IST + 9.25 * 3_600_000)).toBe('09:15 IST');
    expect(formatMarketDateTime(DEC_4_MIDNIGHT_IST + 15.5 * 3_600_000)).toBe('2026-12-04 15:30 IST');
    expect(formatMarketDateTime(null, 'never')).toBe('never');
  });

  it('shows a daily bar as its date and an intraday bar with its IST time', () => {
    expect(formatBarTime(DEC_4_MIDNIGHT_IST / 1000)).toBe('2026-12-04');
    expect(formatBarTime(DEC_4_MIDNIGHT_IST / 1000 + 9 * 3600 + 15 * 60)).toBe('2026-12-04 09:15 IST');
    expect(barTimeValue(DEC_4_MIDNIGHT_IST / 1000 + 9 * 3600 + 15 * 60)).toBe('2026-12-04 09:15');
    expect(formatBarTime(null)).toBe('');
  });

  it('starts the market day at midnight IST', () => {
    expect(marketDayStart(DEC_4_MIDNIGHT_IST + 23 * 3_600_000)).toBe(DEC_4_MIDNIGHT_IST);
    expect(marketDayStart(DEC_4_MIDNIGHT_IST - 1)).toBe(DEC_4_MIDNIGHT_IST - 86_400_000);
  });
});

describe('countOf', () => {
  it('says one in the singular and any other count in the plural', () => {
    expect(countOf(1, 'match', 'matches')).toBe('1 match');
    expect(countOf(0, 'match', 'matches')).toBe('0 matches');
    expect(countOf(2, 'error')).toBe('2 errors');
  });
});
