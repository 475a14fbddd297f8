import { describe, expect, it } from 'vitest';
import type { CandleColumns } from '$engine/candles/types';
import { chartSeries, chartTime } from './chart-data';

const ist = (text: string) => Date.parse(`${text}+05:30`) / 1000;

describe('chartSeries', () => {
  it('dates daily bars by their IST day', () => {
    expect(chartTime(ist('2026-03-02T00:00:00'), 'D')).toBe('2026-03-02');
  });

  it('shifts intraday bars so the axis reads IST', () => {
    expect(chartTime(ist('2026-03-02T09:15:00'), '5m')).toBe(Date.parse('2026-03-02T09:15:00Z') / 1000);
  });

  it('builds candles and volume coloured by direction', () => {
    const f = (values: number[]) => Float64Array.from(values);
    const columns: CandleColumns = {
      time: f([ist('2026-03-02T00:00:00'), ist('2026-03-03T00:00:00')]),
      open: f([10, 12]),
      high: f([13, 12.5]),
      low: f([9, 10]),
      close: f([12, 11]),
      volume: f([1000, 2000]),
      oi: f([0, 0])
    };
    const { candles, volume } = chartSeries(columns, 'D', { up: '#00ff00', down: '#ff0000' });
    expect(candles).toEqual([
      { time: '2026-03-02', open: 10, high: 13, low: 9, close: 12 },
      { time: '2026-03-03', open: 12, high: 12.5, low: 10, close: 11 }
    ]);
    expect(volume).toEqual([
      { time: '2026-03-02', value: 1000, color: '#00ff0080' },
      { time: '2026-03-03', value: 2000, color: '#ff000080' }
    ]);
  });
});
