import { taFunctions } from '../../src-worker/ta/index.js';
import { runTaFunction } from '../../src-worker/ta/run-ta-function.js';
import { signalFunctions } from '../../src-worker/ta/signals/index.js';
import { isStreamed } from '../../src-worker/ta/signals/stream-adapter.js';
import { seriesFor } from '../../src-worker/ta/signals/streaming-reference.js';
import type { TaFunctionSpec } from '../../src-worker/ta/types.js';
import type { RealSeries } from '../../src/routes/bench/bench-workload.js';
import { measured, type BenchResult } from './report.js';

const RUNS = 7;
const MAX_TIMES_EMA = 5;

/** Why a hand-written indicator may cost more than 5× EMA: it runs several running quantities, or ranks values, per bar. */
const SLOWER_BY_DESIGN: Readonly<Record<string, string>> = {
  HMA: 'three weighted moving averages, one of them over the other two',
  ICHIMOKU: 'five outputs from three sliding highest/lowest windows',
  CE: "trading-signals' ATR plus a sliding highest high and lowest low",
  SQUEEZE: 'Bollinger σ, Keltner EMA and ATR, the sliding range and a rolling regression per bar',
  CRSI: 'two RSIs and the percent rank of the return among the previous 100 (100 comparisons a bar)',
  LRSI: 'a four-stage Laguerre filter per bar',
  ZIGZAG: 'two outputs and a branch per bar'
};
const STREAMED = "feeds trading-signals' own class one bar at a time (an object per bar), exact by construction";

/** Milliseconds per 1,000 bars of one call over every real series, median of RUNS passes after a warm-up. */
function msPer1000Bars(spec: TaFunctionSpec, series: readonly RealSeries[]): number {
  const inputs = series.map(({ candles }) => seriesFor(spec, candles));
  const options = spec.options.map((option) => option.defaultValue);
  const bars = series.reduce((sum, { candles }) => sum + candles.close.length, 0);
  const pass = () => {
    const started = performance.now();
    for (const input of inputs) runTaFunction(spec, input, options);
    return performance.now() - started;
  };
  for (let warmUp = 0; warmUp < 3; warmUp++) pass();
  const times = Array.from({ length: RUNS }, pass).sort((a, b) => a - b);
  return (times[RUNS >> 1] / bars) * 1000;
}

/**
 * The cost of each trading-signals indicator per 1,000 bars, at its default options over
 * every shipped daily series, next to TA-Lib's EMA(close, 30) measured the same way.
 */
export function indicatorResults(series: readonly RealSeries[]): BenchResult[] {
  const ema = msPer1000Bars(taFunctions.get('EMA')!, series);
  const target = { atMost: MAX_TIMES_EMA * ema };
  return [
    measured('ta.EMA per 1,000 bars (the yardstick)', ema, 'ms', undefined, 'TA-Lib EMA(close, 30), every real daily series'),
    ...signalFunctions.map((spec) => {
      const cost = msPer1000Bars(spec, series);
      const why = isStreamed(spec) ? STREAMED : SLOWER_BY_DESIGN[spec.name];
      return measured(`ta.${spec.name} per 1,000 bars`, cost, 'ms', target, `${(cost / ema).toFixed(1)}× EMA${why && cost > target.atMost ? `; ${why}` : ''}`);
    })
  ];
}
