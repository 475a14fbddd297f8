import { describe, expect, it } from 'vitest';
import { scanRow } from '$lib/results/test-helpers';
import { averageableColumns, summariseByIndustry } from './sector-summary';

const INDUSTRIES = new Map<string, string>([
  ['INFY', 'Information Technology'],
  ['TCS', 'Information Technology'],
  ['HDFCBANK', 'Financial Services'],
  ['ICICIBANK', 'Financial Services'],
  ['SUNPHARMA', 'Healthcare'],
  ['CIPLA', 'Healthcare'],
  ['MARUTI', 'Automobile and Auto Components'],
  ['BLANK', '  ']
]);
const industryOf = (row: { symbol: string }) => INDUSTRIES.get(row.symbol);

describe('summariseByIndustry', () => {
  it('counts matches per industry and averages the chosen column', () => {
    const rows = [
      scanRow({ symbol: 'INFY', columns: { rsRating: 12 } }),
      scanRow({ symbol: 'TCS', columns: { rsRating: 4 } }),
      scanRow({ symbol: 'HDFCBANK', columns: { rsRating: -3 } })
    ];
    expect(summariseByIndustry(rows, industryOf, 'rsRating')).toEqual([
      { industry: 'Information Technology', count: 2, average: 8 },
      { industry: 'Financial Services', count: 1, average: -3 }
    ]);
  });

  it('leaves NaN, blanks, text and booleans out of the average instead of counting them as zero', () => {
    const rows = [
      scanRow({ symbol: 'INFY', columns: { rsRating: 10 } }),
      scanRow({ symbol: 'TCS', columns: { rsRating: Number.NaN } }),
      scanRow({ symbol: 'HDFCBANK', columns: { rsRating: null } }),
      scanRow({ symbol: 'ICICIBANK', columns: { rsRating: 'n/a' } }),
      scanRow({ symbol: 'SUNPHARMA', columns: { rsRating: true } }),
      scanRow({ symbol: 'CIPLA', columns: {} })
    ];
    expect(summariseByIndustry(rows, industryOf, 'rsRating')).toEqual([
      { industry: 'Information Technology', count: 2, average: 10 },
      { industry: 'Financial Services', count: 2, average: null },
      { industry: 'Healthcare', count: 2, average: null }
    ]);
  });

  it('breaks count ties by the higher average, then by name, whatever the input order', () => {
    const rows = [
      scanRow({ symbol: 'SUNPHARMA', columns: { Close: 1 } }),
      scanRow({ symbol: 'MARUTI', columns: { Close: 5 } }),
      scanRow({ symbol: 'HDFCBANK', columns: { Close: 1 } }),
      scanRow({ symbol: 'INFY', columns: { Close: 'x' } })
    ];
    const expected = ['Automobile and Auto Components', 'Financial Services', 'Healthcare', 'Information Technology'];
    expect(summariseByIndustry(rows, industryOf, 'Close').map((g) => g.industry)).toEqual(expected);
    expect(summariseByIndustry([...rows].reverse(), industryOf, 'Close').map((g) => g.industry)).toEqual(expected);
  });

  it('gathers unknown and blank industries into one group, listed last even when largest', () => {
    const rows = [
      scanRow({ symbol: 'NEWLISTING', columns: { Close: 100 } }),
      scanRow({ symbol: 'BLANK', columns: { Close: 200 } }),
      scanRow({ symbol: 'INFY', columns: { Close: 1500 } })
    ];
    expect(summariseByIndustry(rows, industryOf, 'Close')).toEqual([
      { industry: 'Information Technology', count: 1, average: 1500 },
      { industry: null, count: 2, average: 150 }
    ]);
  });

  it('counts without averaging when no column is chosen, and has no groups without rows', () => {
    expect(summariseByIndustry([scanRow({ symbol: 'INFY', columns: { Close: 1 } })], industryOf, null)).toEqual([
      { industry: 'Information Technology', count: 1, average: null }
    ]);
    expect(summariseByIndustry([], industryOf, 'Close')).toEqual([]);
  });
});

describe('averageableColumns', () => {
  it('lists the columns holding a finite number somewhere, in first-seen order', () => {
    const rows = [
      scanRow({ columns: { Trend: 'up', Close: null } }),
      scanRow({ columns: { Trend: 'down', Close: 5, Flag: true, rank: 1 } })
    ];
    expect(averageableColumns(rows)).toEqual(['Close', 'rank']);
  });
});
