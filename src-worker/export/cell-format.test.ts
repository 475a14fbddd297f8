import { describe, expect, it } from 'vitest';
import { formatCell, formatDecimals } from './cell-format.js';

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
    expect(formatCell(1767245400, 'formatDateTime')).toBe('2026-01-01 11:00 IST');
    expect(formatCell(12.345, 'percent')).toBe('12.35%');
  });
});
