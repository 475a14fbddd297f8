import { describe, expect, it } from 'vitest';
import { formatBarTime, formatCell, formatDecimals } from './cell-format';

describe('formatCell', () => {
  it('reads AmiBroker numeric formats as decimals, ignoring the width', () => {
    expect(formatCell(1234.5678, '1.2')).toBe('1234.57');
    expect(formatCell(61.25, '1.1')).toBe('61.3');
    expect(formatCell(1234.5678, '1.0')).toBe('1235');
    expect(formatCell(1234.5678, '1')).toBe('1235');
    expect(formatCell(0.123456, '8.4')).toBe('0.1235');
  });

  it('defaults to two decimals like AddColumn, also for a format it does not know', () => {
    expect(formatCell(3.14159, undefined)).toBe('3.14');
    expect(formatCell(3.14159, 'weird')).toBe('3.14');
    expect(formatDecimals('')).toBe(2);
  });

  it('shows blanks, text and booleans as they are', () => {
    expect(formatCell(null, '1.2')).toBe('');
    expect(formatCell('Uptrend', '1.2')).toBe('Uptrend');
    expect(formatCell(true, undefined)).toBe('true');
  });

  it('supports the named formats', () => {
    expect(formatCell(65, 'formatChar')).toBe('A');
    expect(formatCell(1767245400, 'formatDateTime')).toBe('2026-01-01 11:00');
    expect(formatCell(12.345, 'percent')).toBe('12.35%');
  });
});

describe('formatBarTime', () => {
  it('shows a daily bar (midnight IST) as its date and an intraday bar with its time', () => {
    expect(formatBarTime(Date.parse('2026-01-01T00:00:00+05:30') / 1000)).toBe('2026-01-01');
    expect(formatBarTime(Date.parse('2026-01-01T09:15:00+05:30') / 1000)).toBe('2026-01-01 09:15');
    expect(formatBarTime(null)).toBe('');
  });
});
