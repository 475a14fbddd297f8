import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { IstDate } from './ist-time.js';
import {
  isHolidayListPublished,
  isTradingDay,
  nextTradingDay,
  previousTradingDay,
  previousTradingDays,
  tradingDaysBetween
} from './trading-days.js';

const day = (text: string) => text as IstDate;

describe('NSE trading days', () => {
  it('matches the sessions present in the recorded NSE daily series', () => {
    const dir = fileURLToPath(new URL('../../server/data/nifty50-daily/', import.meta.url));
    const recorded = new Set<string>();
    for (const file of readdirSync(dir)) {
      for (const line of readFileSync(dir + file, 'utf8')
        .split('\n')
        .slice(1)) {
        if (line.trim()) recorded.add(line.slice(0, 10));
      }
    }
    const calendar = tradingDaysBetween(day('2020-10-01'), day('2025-09-30'));
    expect(calendar).toEqual([...recorded].sort());
  });

  it('closes on weekends and holidays, opens for special sessions', () => {
    expect(isTradingDay(day('2025-08-15'))).toBe(false); // Independence Day
    expect(isTradingDay(day('2025-08-16'))).toBe(false); // Saturday
    expect(isTradingDay(day('2025-08-18'))).toBe(true);
    expect(isTradingDay(day('2026-01-15'))).toBe(false); // Maharashtra civic polls
    expect(isTradingDay(day('2026-02-01'))).toBe(true); // Budget on a Sunday
    expect(isTradingDay(day('2024-11-01'))).toBe(true); // Muhurat trading
  });

  it('steps over holidays and weekends', () => {
    expect(nextTradingDay(day('2025-08-14'))).toBe('2025-08-18');
    expect(previousTradingDay(day('2025-08-18'))).toBe('2025-08-14');
    expect(previousTradingDays(day('2025-08-18'), 3)).toEqual(['2025-08-12', '2025-08-13', '2025-08-14']);
  });

  it('knows which years have a published list', () => {
    expect(isHolidayListPublished(2026)).toBe(true);
    expect(isHolidayListPublished(2027)).toBe(false);
  });
});
