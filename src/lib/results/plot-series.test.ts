import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHistoryCsv } from '$engine/candles/history-csv';
import { lastBars, type CandleColumns } from '$engine/candles/types';
import { taFunctions } from '$engine/ta/index';
import { runTaFunction } from '$engine/ta/run-ta-function';
import { chartTime } from './chart-data';
import { declaredPlots, plotLines } from './plot-series';

/** The newest 250 recorded daily bars of INFY, as the symbol view loads them. */
function recordedCandles(): CandleColumns {
  const parsed = parseHistoryCsv(readFileSync(join(import.meta.dirname, '../../../server/data/nifty50-daily/INFY.csv'), 'utf8'));
  if ('error' in parsed) throw new Error(parsed.error);
  return lastBars(parsed.data, 250);
}

const SCANNER = `/**
 * @param fast integer 10 [2..200] Fast EMA
 * @plot EMA(close, params.fast)
 * @plot BBANDS(close, 20, 2, 2)
 * @plot SUPERTREND(high, low, close, 10, 3)[0]
 * @plot RSI(close, 14) pane=lower label="RSI 14"
 */
Filter = 1;`;

describe('declaredPlots', () => {
  it('resolves each plot with the run’s parameters, or the declared defaults', () => {
    expect(declaredPlots(SCANNER, { fast: 12 }).plots.map((plot) => [plot.label, plot.options, plot.pane])).toEqual([
      ['EMA(close, 12)', [12], 'price'],
      ['BBANDS(close, 20, 2, 2)', [20, 2, 2, 0], 'price'],
      ['SUPERTREND(high, low, close, 10, 3)[0]', [10, 3], 'price'],
      ['RSI 14', [14], 'lower']
    ]);
    expect(declaredPlots(SCANNER, {}).plots[0].label).toBe('EMA(close, 10)');
  });

  it('a scanner without plots draws nothing; problems are reported, not thrown', () => {
    expect(declaredPlots('Filter = 1;', {})).toEqual({ plots: [], problems: [] });
    expect(declaredPlots(SCANNER, { fast: 1 })).toMatchObject({ problems: ['EMA: timeperiod 1 is outside [2..100000]'] });
    expect(declaredPlots(SCANNER, { fast: 1 }).plots).toHaveLength(3);
    expect(declaredPlots('/**\n * @plot EMA(close, 1)\n */', {})).toEqual({ plots: [], problems: ['line 2: @plot: EMA: timeperiod 1 is outside [2..100000]'] });
  });
});

describe('plotLines', () => {
  const candles = recordedCandles();
  const lines = plotLines(candles, declaredPlots(SCANNER, { fast: 12 }).plots, 'D');
  /** runTaFunction's output over the same candles, as chart points without the NaN lookback. */
  const expected = (fn: string, inputs: Float64Array[], options: number[], output = 0) =>
    Array.from(runTaFunction(taFunctions.get(fn)!, inputs, options)[output], (value, bar) => ({ time: chartTime(candles.time[bar], 'D'), value })).filter(
      (point) => Number.isFinite(point.value)
    );

  it('draws one line per output, or the chosen one, on its pane, in distinct colours', () => {
    expect(lines.map((line) => [line.label, line.pane])).toEqual([
      ['EMA(close, 12)', 'price'],
      ['BBANDS(close, 20, 2, 2) upper band', 'price'],
      ['BBANDS(close, 20, 2, 2) middle band', 'price'],
      ['BBANDS(close, 20, 2, 2) lower band', 'price'],
      ['SUPERTREND(high, low, close, 10, 3)[0]', 'price'],
      ['RSI 14', 'lower']
    ]);
    expect(new Set(lines.map((line) => line.colour)).size).toBe(lines.length);
  });

  it('computes exactly what runTaFunction does on the same candles, skipping the lookback', () => {
    expect(lines[0].data).toEqual(expected('EMA', [candles.close], [12]));
    expect(lines[0].data).toHaveLength(250 - 11);
    expect(lines[0].data[0].time).toBe(chartTime(candles.time[11], 'D'));
    for (const output of [0, 1, 2]) expect(lines[1 + output].data).toEqual(expected('BBANDS', [candles.close], [20, 2, 2, 0], output));
    expect(lines[4].data).toEqual(expected('SUPERTREND', [candles.high, candles.low, candles.close], [10, 3]));
    expect(lines[5].data).toEqual(expected('RSI', [candles.close], [14]));
    expect(lines[5].data).toHaveLength(250 - 14);
  });
});
