import { describe, expect, it } from 'vitest';
import type { IstDate } from '$engine/calendar';
import { parseHorizons, presetRange, signalWindow } from './backtest-range';

const NOW = Date.parse('2026-12-05T10:00:00+05:30');

describe('presetRange', () => {
  it('counts whole years back from the IST date', () => {
    expect(presetRange('1y', NOW)).toEqual({ from: '2025-12-05', to: '2026-12-05' });
    expect(presetRange('5y', NOW)).toEqual({ from: '2021-12-05', to: '2026-12-05' });
  });

  it('uses the IST date, not the machine’s, just after midnight in Mumbai', () => {
    expect(presetRange('3y', Date.parse('2026-12-04T19:00:00Z')).to).toBe('2026-12-05');
  });

  it('turns 29 February into 1 March a year back', () => {
    expect(presetRange('1y', Date.parse('2028-02-29T10:00:00+05:30')).from).toBe('2027-03-01');
  });
});

describe('signalWindow', () => {
  it('spans from IST midnight of from to the last second of to', () => {
    expect(signalWindow('2026-01-01' as IstDate, '2026-01-02' as IstDate)).toEqual({
      fromTime: Date.parse('2026-01-01T00:00:00+05:30') / 1000,
      toTime: Date.parse('2026-01-03T00:00:00+05:30') / 1000 - 1
    });
  });
});

describe('parseHorizons', () => {
  it('sorts and de-duplicates', () => {
    expect(parseHorizons('20, 5 1,5')).toEqual({ data: [1, 5, 20] });
  });

  it('refuses fractions, zero, more than 250 and empty text with a reason', () => {
    expect(parseHorizons('1, 2.5')).toEqual({ error: '"2.5" is not a horizon: use whole bars from 1 to 250' });
    expect(parseHorizons('0')).toHaveProperty('error');
    expect(parseHorizons('251')).toHaveProperty('error');
    expect(parseHorizons(' ')).toEqual({ error: 'give at least one horizon' });
  });
});
