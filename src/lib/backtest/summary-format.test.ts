import { describe, expect, it } from 'vitest';
import { formatPercent, formatStat, summaryColumns, summaryRows } from './summary-format';
import { realBacktest } from './test-helpers';

describe('formatPercent', () => {
  it('signs and rounds to two decimals, a dash for nothing', () => {
    expect(formatPercent(2.5)).toBe('+2.50 %');
    expect(formatPercent(-0.125)).toBe('−0.13 %');
    expect(formatPercent(0)).toBe('0.00 %');
    expect(formatPercent(null)).toBe('—');
    expect(formatPercent(Number.NaN)).toBe('—');
  });
});

describe('formatStat', () => {
  it('shows counts plain and the win rate without a sign', () => {
    expect(formatStat('events', 12)).toBe('12');
    expect(formatStat('winRate', 55.56)).toBe('55.6 %');
    expect(formatStat('mean', 1)).toBe('+1.00 %');
  });
});

describe('summaryRows', () => {
  const backtest = realBacktest();
  const rows = summaryRows(backtest.summary!, backtest.horizons);

  it('gives one row per horizon with the engine’s statistics formatted', () => {
    expect(rows.map((row) => row.label)).toEqual(['1 bar', '5 bars', '20 bars']);
    const five = backtest.summary!.horizons['5'];
    const cell = (key: string) => rows[1].cells.find((c) => c.key === key)!;
    expect(cell('events').text).toBe(String(five.events));
    expect(cell('mean').text).toBe(formatPercent(five.mean));
    expect(cell('mean').value).toBe(five.mean);
    expect(cell('meanExcess').text).toBe(formatPercent(five.meanExcess));
  });

  it('carries repeats and the first-signal-only statistics', () => {
    expect(rows[2].repeats).toBe(backtest.summary!.repeats['20']);
    expect(rows[2].firstOnly).toContain(`${backtest.summary!.firstOnly['20'].events} events`);
  });

  it('leaves out the excess column without a benchmark', () => {
    const plain = realBacktest();
    for (const row of Object.values(plain.summary!.horizons)) delete row.meanExcess;
    expect(summaryColumns(plain.summary!).map((c) => c.key)).not.toContain('meanExcess');
    expect(summaryRows(plain.summary!, plain.horizons)[0].cells.map((c) => c.key)).not.toContain('meanExcess');
  });
});
