import { describe, expect, it } from 'vitest';
import { parseTimeframe, unsupportedReason } from './interval-spec.js';

describe('which timeframes tf() can build', () => {
  it('builds weeks and months from days', () => {
    expect(unsupportedReason('D', 'W')).toBeNull();
    expect(unsupportedReason('D', 'M')).toBeNull();
  });
  it('builds whole multiples, sessions, weeks and months from intraday bars', () => {
    for (const target of ['15m', '30m', '75m', '1h', 'D', 'W', 'M']) expect(unsupportedReason('5m', target)).toBeNull();
    expect(unsupportedReason('5m', '7m')).toBe('7m is not a whole multiple of 5m');
  });
  it('refuses shorter bars, months from weeks, and names that are not intervals', () => {
    expect(unsupportedReason('D', '15m')).toMatch(/shorter/);
    expect(unsupportedReason('W', 'M')).toMatch(/weeks/);
    expect(unsupportedReason('D', 'Q')).toMatch(/not an interval/);
    expect(parseTimeframe('400m')).toBeNull();
    expect(parseTimeframe('1h')).toEqual({ kind: 'minutes', minutes: 60 });
  });
});
