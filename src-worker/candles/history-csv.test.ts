import { describe, expect, it } from 'vitest';
import { parseHistoryCsv } from './history-csv.js';

const HEADER = 'timestamp,open,high,low,close,volume';

describe('parseHistoryCsv', () => {
  it('reads the same bar times alike in every file, with or without an offset (IST)', () => {
    const first = parseHistoryCsv(`${HEADER}\n2025-04-01 00:00:00+05:30,1,2,0.5,1.5,100\n2025-04-02,1,2,0.5,1.5,100\n`);
    const second = parseHistoryCsv(
      `${HEADER}\n2025-04-01 00:00:00+05:30,3,4,2.5,3.5,200\n2025-04-02,3,4,2.5,3.5,200\n`
    );
    if ('error' in first || 'error' in second) throw new Error('expected both files to parse');
    const expected = [Date.parse('2025-04-01T00:00:00+05:30') / 1000, Date.parse('2025-04-02T00:00:00+05:30') / 1000];
    expect([...first.data.time]).toEqual(expected);
    expect([...second.data.time]).toEqual(expected);
    expect([...second.data.close]).toEqual([3.5, 3.5]);
  });

  it('reports an unreadable time in every file that has it, with its line', () => {
    const bad = `${HEADER}\n2025-04-01,1,2,0.5,1.5,100\nyesterday,1,2,0.5,1.5,100\n`;
    expect(parseHistoryCsv(bad)).toEqual({ error: 'line 3: unreadable timestamp "yesterday"' });
    expect(parseHistoryCsv(bad)).toEqual({ error: 'line 3: unreadable timestamp "yesterday"' });
  });

  it('refuses rows out of order and a missing column', () => {
    expect(parseHistoryCsv(`${HEADER}\n2025-04-02,1,2,0.5,1.5,100\n2025-04-01,1,2,0.5,1.5,100\n`)).toEqual({
      error: 'line 3: bar time is not after the previous bar'
    });
    expect(parseHistoryCsv('timestamp,open,high,low,close\n2025-04-01,1,2,0.5,1.5\n')).toEqual({
      error: 'line 1: missing column(s) volume'
    });
  });
});
