import { describe, expect, it } from 'vitest';
import type { CandleColumns } from '$engine/candles/types';
import { barLegend, plotValueText } from './chart-legend';
import { guideLevels } from './chart-guides';

const day = (date: string) => Date.parse(`${date}T00:00:00+05:30`) / 1000;
const candles: CandleColumns = {
  time: Float64Array.from([day('2026-12-03'), day('2026-12-04')]),
  open: Float64Array.from([1500, 1510.5]),
  high: Float64Array.from([1520, 1530.25]),
  low: Float64Array.from([1490, 1505]),
  close: Float64Array.from([1510.5, 1525.456]),
  volume: Float64Array.from([1234567, 7654321])
} as unknown as CandleColumns;

describe('barLegend', () => {
  it('gives the bar’s NSE date, prices to two decimals and volume in Indian grouping', () => {
    expect(barLegend(candles, 1)).toEqual({
      date: '2026-12-04',
      open: '1510.50',
      high: '1530.25',
      low: '1505.00',
      close: '1525.46',
      volume: '76,54,321'
    });
    expect(barLegend(candles, 2)).toBeNull();
  });

  it('leaves a plot value blank where the plot has none', () => {
    expect(plotValueText(61.234)).toBe('61.23');
    expect(plotValueText(undefined)).toBe('—');
  });
});

describe('guideLevels', () => {
  it('draws overbought and oversold on bounded oscillators only', () => {
    expect(guideLevels('RSI')).toEqual([30, 70]);
    expect(guideLevels('STOCH')).toEqual([20, 80]);
    expect(guideLevels('EMA')).toEqual([]);
  });
});
