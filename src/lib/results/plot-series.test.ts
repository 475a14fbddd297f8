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
  const parsed = parseHistoryCsv(
    readFileSync(join(import.meta.dirname, '../../../server/data/nifty50-daily/INFY.csv'), 'utf8')
  );
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
    expect(declaredPlots(SCANNER, { fast: 1 })).toMatchObject({
      problems: ['EMA: timeperiod 1 is outside [2..100000]']
    });
    expect(declaredPlots(SCANNER, { fast: 1 }).plots).toHaveLength(3);
    expect(declaredPlots('/**\n * @plot EMA(close, 1)\n */', {})).toEqual({
      plots: [],
      problems: ['line 2: @plot: EMA: timeperiod 1 is outside [2..100000]']
    });
  });
});

describe('plotLines', () => {
  const candles = recordedCandles();
  const lines = plotLines(candles, declaredPlots(SCANNER, { fast: 12 }).plots, 'D');
  /** runTaFunction's output over the same candles, as chart points without the NaN lookback. */
  const expected = (fn: string, inputs: Float64Array[], options: number[], output = 0) =>
    Array.from(runTaFunction(taFunctions.get(fn)!, inputs, options)[output], (value, bar) => ({
      time: chartTime(candles.time[bar], 'D'),
      value
    })).filter((point) => Number.isFinite(point.value));

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
    for (const output of [0, 1, 2])
      expect(lines[1 + output].data).toEqual(expected('BBANDS', [candles.close], [20, 2, 2, 0], output));
    expect(lines[4].data).toEqual(expected('SUPERTREND', [candles.high, candles.low, candles.close], [10, 3]));
    expect(lines[5].data).toEqual(expected('RSI', [candles.close], [14]));
    expect(lines[5].data).toHaveLength(250 - 14);
  });
});

describe('plotLines, styles', () => {
  const candles = recordedCandles();
  const styled = `/**
 * @plot ICHIMOKU(high, low, close, 9, 26, 52, 26) style=cloud label="Ichimoku"
 * @plot SQUEEZE(high, low, close)[1] pane=lower style=histogram label="Momentum"
 * @plot CE(high, low, close, 22, 3) style=band label="CE"
 */
Filter = 1;`;
  const lines = plotLines(candles, declaredPlots(styled, {}).plots, 'D');
  const byLabel = (label: string) => lines.find((line) => line.label === label)!;
  const expected = (fn: string, inputs: Float64Array[], options: number[], output = 0) =>
    Array.from(runTaFunction(taFunctions.get(fn)!, inputs, options)[output], (value, bar) => ({
      time: chartTime(candles.time[bar], 'D'),
      value
    })).filter((point) => Number.isFinite(point.value));
  const [conversion, , spanA, spanB, lagging] = runTaFunction(
    taFunctions.get('ICHIMOKU')!,
    [candles.high, candles.low, candles.close],
    [9, 26, 52, 26]
  );

  it('draws Ichimoku as traders see it: spans 26 bars ahead, into NSE trading days past the last bar, the lagging line 26 behind', () => {
    expect(lines.map((line) => [line.label, line.kind])).toEqual([
      ['Ichimoku conversion', 'line'],
      ['Ichimoku base', 'line'],
      ['Ichimoku span a', 'line'],
      ['Ichimoku span b', 'line'],
      ['Ichimoku lagging', 'line'],
      ['Ichimoku cloud', 'fill'],
      ['Momentum', 'histogram'],
      ['CE long stop', 'line'],
      ['CE short stop', 'line'],
      ['CE band', 'fill']
    ]);
    expect(byLabel('Ichimoku conversion').data.at(-1)).toEqual({
      time: chartTime(candles.time[249], 'D'),
      value: conversion[249]
    });
    const spanAPoints = byLabel('Ichimoku span a').data;
    // The newest span value is drawn 26 trading days after the last candle, and none of those days is a weekend.
    expect(spanAPoints.at(-1)!.value).toBe(spanA[249]);
    const future = spanAPoints.slice(-26).map((point) => point.time as string);
    expect(future.every((day) => day > (chartTime(candles.time[249], 'D') as string))).toBe(true);
    expect(
      future.map((day) => new Date(`${day}T00:00:00Z`).getUTCDay()).some((weekday) => weekday === 0 || weekday === 6)
    ).toBe(false);
    expect(spanAPoints.find((point) => point.time === chartTime(candles.time[100 + 26], 'D'))!.value).toBe(spanA[100]);
    expect(byLabel('Ichimoku lagging').data.at(-1)).toEqual({
      time: chartTime(candles.time[249 - 26], 'D'),
      value: lagging[249]
    });
    const cloud = byLabel('Ichimoku cloud').fill!;
    expect(cloud.at(-1)).toEqual({ time: spanAPoints.at(-1)!.time, upper: spanA[249], lower: spanB[249] });
  });

  it('fills a band between the first and last outputs, and draws a histogram from one output', () => {
    const [longStop, shortStop] = runTaFunction(
      taFunctions.get('CE')!,
      [candles.high, candles.low, candles.close],
      [22, 3]
    );
    expect(byLabel('CE band').fill!.at(-1)).toEqual({
      time: chartTime(candles.time[249], 'D'),
      upper: longStop[249],
      lower: shortStop[249]
    });
    expect(byLabel('Momentum').data).toEqual(
      expected('SQUEEZE', [candles.high, candles.low, candles.close], [20, 2, 1.5], 1)
    );
  });
});

describe('plotLines, guide levels', () => {
  const candles = recordedCandles();
  const levelsOf = (plotText: string) =>
    plotLines(candles, declaredPlots(`/**\n * @plot ${plotText}\n */\nFilter = 1;`, {}).plots, 'D').map(
      (line) => line.levels
    );

  it('draws a plot’s levels= on its first line, in place of the oscillator’s own guides', () => {
    expect(levelsOf('RSI(close, 14) pane=lower')[0]).toEqual([30, 70]);
    expect(levelsOf('RSI(close, 14) pane=lower levels=20,80')).toEqual([[20, 80]]);
    expect(levelsOf('SQUEEZE(high, low, close) pane=lower levels=0')).toEqual([[0], []]);
    expect(levelsOf('EMA(close, 20) levels=1500')).toEqual([[1500]]);
  });
});
