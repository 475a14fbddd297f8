import { wma } from '../core/moving-averages.js';
import { applyFrom } from '../core/series.js';
import { nanSeries, real } from '../spec-helpers.js';
import type { TaFunctionSpec } from '../types.js';
import { SIGNAL_GROUPS, period } from './groups.js';

/**
 * Hull Moving Average, rounding the half and the root down as trading-signals does:
 * WMA(2·WMA(x, ⌊n/2⌋) − WMA(x, n), ⌊√n⌋), first value at bar n + ⌊√n⌋ − 2.
 */
export function hma(x: Float64Array, n: number): Float64Array {
  const half = wma(x, Math.floor(n / 2));
  const full = wma(x, n);
  const lagReduced = nanSeries(x.length);
  for (let i = n - 1; i < x.length; i++) lagReduced[i] = 2 * half[i] - full[i];
  return applyFrom(lagReduced, n - 1, (tail) => wma(tail, Math.floor(Math.sqrt(n))));
}

/** `ta.HMA(close, 20)`. */
export const HMA: TaFunctionSpec = {
  name: 'HMA',
  group: SIGNAL_GROUPS.trend,
  doc: 'Hull Moving Average: WMA(2·WMA(x, ⌊n/2⌋) − WMA(x, n), ⌊√n⌋)',
  inputs: [real()],
  options: [period('interval', 20, 2)],
  outputs: ['outHMA'],
  integerOutputs: false,
  compute: ([x], [n]) => [hma(x, n)]
};
