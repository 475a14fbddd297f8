import type { LineData } from 'lightweight-charts';
import type { CandleColumns } from '$engine/candles/types';
import { resolvePlot, type ResolvedPlot } from '$engine/contract/plot-declarations';
import { parseScannerHeader } from '$engine/contract/scanner-header';
import { taFunctions } from '$engine/ta/index';
import { runTaFunction } from '$engine/ta/run-ta-function';
import type { BandFillPoint } from './band-fill-series';
import { guideLevels } from './chart-guides';
import { timesWithFuture } from './plot-times';

/**
 * One series on the symbol chart, without its lookback: a `ta` output as a line or a
 * histogram, or (`fill`) the area between two outputs — a band's body or Ichimoku's cloud.
 */
export interface PlotLine {
  label: string;
  pane: ResolvedPlot['pane'];
  colour: string;
  kind: 'line' | 'histogram' | 'fill';
  data: LineData[];
  /** The filled area, for `kind: 'fill'`. */
  fill?: BandFillPoint[];
  /** Guide lines (overbought/oversold) drawn on this plot's pane. */
  levels?: readonly number[];
}

// ICHIMOKU's outputs: conversion, base, span A, span B, lagging; its fourth option is the displacement.
const [SPAN_A, SPAN_B, LAGGING, DISPLACEMENT] = [2, 3, 4, 3];

// Distinct on light and dark backgrounds, and apart from the candles' green and red.
const PLOT_COLOURS = ['#2563eb', '#f59e0b', '#9333ea', '#0891b2', '#db2777', '#65a30d', '#ea580c', '#64748b'];

/**
 * The plots a scanner declares, resolved with a run's parameter values (the declared defaults fill any the run lacks).
 * A plot that cannot be drawn is left out and described in `problems`.
 * @example declaredPlots('/** @plot EMA(close, params.fast) *\/ …', { fast: 12 }).plots[0].label // 'EMA(close, 12)'
 */
export function declaredPlots(
  source: string,
  params: Readonly<Record<string, unknown>>
): { plots: ResolvedPlot[]; problems: string[] } {
  const header = parseScannerHeader(source);
  if ('error' in header) return { plots: [], problems: [`line ${header.line}: ${header.error}`] };
  const values = { ...Object.fromEntries(header.data.parameters.map((p) => [p.name, p.default])), ...params };
  const plots: ResolvedPlot[] = [];
  const problems: string[] = [];
  for (const plot of header.data.plots) {
    const resolved = resolvePlot(plot, values);
    if ('error' in resolved) problems.push(resolved.error);
    else plots.push(resolved.data);
  }
  return { plots, problems };
}

/**
 * The plots computed over the chart's candles with the engine's `ta` functions, one line per output
 * (only the chosen one when a plot picks an output); bars still in the lookback (NaN) are left out.
 * @example plotLines(candles, [ema20], 'D') // [{ label: 'EMA(close, 20)', pane: 'price', colour: '#2563eb', data: [...] }]
 */
export function plotLines(candles: CandleColumns, plots: readonly ResolvedPlot[], interval: string): PlotLine[] {
  const ahead = Math.max(0, ...plots.map((plot) => (plot.style === 'cloud' ? plot.options[DISPLACEMENT] : 0)));
  const times = timesWithFuture(candles, interval, ahead);
  const lines: Omit<PlotLine, 'colour'>[] = [];
  for (const plot of plots) {
    const spec = taFunctions.get(plot.fn);
    if (!spec) continue;
    const outputs = runTaFunction(
      spec,
      plot.inputs.map((field) => candles[field]),
      plot.options
    );
    const chosen = plot.output === undefined ? outputs.map((_, i) => i) : [plot.output];
    // The cloud is drawn as traders see it: spans ahead by the displacement, the lagging line behind.
    const shiftOf = (index: number) =>
      plot.style !== 'cloud'
        ? 0
        : index === SPAN_A || index === SPAN_B
          ? plot.options[DISPLACEMENT]
          : index === LAGGING
            ? -plot.options[DISPLACEMENT]
            : 0;
    const kind = plot.style === 'histogram' ? 'histogram' : 'line';
    for (const index of chosen) {
      const label = chosen.length > 1 ? `${plot.label} ${outputName(spec.outputs[index])}` : plot.label;
      // Guide lines go once per plot, with its first line: the declared levels=, else the oscillator's own in a lower pane.
      const levels = index !== chosen[0] ? [] : (plot.levels ?? (plot.pane === 'lower' ? guideLevels(plot.fn) : []));
      lines.push({ label, pane: plot.pane, kind, data: points(outputs[index], times, shiftOf(index)), levels });
    }
    if (plot.style === 'band' || plot.style === 'cloud') {
      const [upper, lower] = plot.style === 'cloud' ? [SPAN_A, SPAN_B] : [0, outputs.length - 1];
      const shift = shiftOf(upper);
      const fill: BandFillPoint[] = [];
      outputs[upper].forEach((value, bar) => {
        const other = outputs[lower][bar];
        if (Number.isFinite(value) && Number.isFinite(other) && times[bar + shift] !== undefined)
          fill.push({ time: times[bar + shift], upper: value, lower: other });
      });
      lines.push({
        label: `${plot.label} ${plot.style === 'cloud' ? 'cloud' : 'band'}`,
        pane: plot.pane,
        kind: 'fill',
        data: [],
        fill
      });
    }
  }
  return lines.map((line, i) => ({ ...line, colour: PLOT_COLOURS[i % PLOT_COLOURS.length] }));
}

/** An output as chart points `shift` bars later (earlier when negative), leaving out NaN and bars off the chart. */
function points(values: Float64Array, times: readonly LineData['time'][], shift: number): LineData[] {
  const data: LineData[] = [];
  values.forEach((value, bar) => {
    const time = times[bar + shift];
    if (Number.isFinite(value) && time !== undefined) data.push({ time, value });
  });
  return data;
}

/** A TA-Lib output name as a legend reads it: `outRealUpperBand` → `upper band`, `outMACDSignal` → `MACD signal`. */
function outputName(name: string): string {
  return name
    .replace(/^out/, '')
    .replace(/^Real(?=[A-Z])/, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(' ')
    .map((word) => (word.length > 1 && word === word.toUpperCase() ? word : word.toLowerCase()))
    .join(' ');
}
