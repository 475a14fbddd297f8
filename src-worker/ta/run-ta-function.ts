import type { Series, TaFunctionSpec } from './types.js';
import { workLimitError } from './work-limit.js';

/**
 * Runs a `ta` function the way Python TA-Lib does: leading NaNs (e.g. the
 * lookback of another indicator fed in) are skipped, the function runs on the
 * rest, and every output is padded back to the input's length. Throws a
 * RangeError naming the function when the call is too much work (see work-limit).
 * @example runTaFunction(taFunctions.get('SMA')!, [ta.RSI(close)], [5])
 */
export function runTaFunction(spec: TaFunctionSpec, series: readonly Series[], options: readonly number[]): Series[] {
  const bars = series.length > 0 ? series[0].length : 0;
  // Host work is not interrupted by the sandbox's time limit, so a call too large to finish in time is refused.
  const tooMuch = workLimitError(spec, bars, options);
  if (tooMuch) throw new RangeError(tooMuch);
  let start = 0;
  for (const s of series) {
    let i = 0;
    while (i < bars && Number.isNaN(s[i])) i++;
    if (i > start) start = i;
  }
  if (start === 0) return spec.compute(series, options);
  const outputs = spec.compute(
    series.map((s) => s.subarray(start)),
    options
  );
  return outputs.map((out) => {
    const padded = new Float64Array(bars).fill(NaN);
    padded.set(out, start);
    // Indexes were counted within the shortened input; make them count from the caller's first bar.
    if (spec.outputsAreIndexes) for (let i = start; i < bars; i++) padded[i] += start;
    return padded;
  });
}

/** How many series a function takes (a price input contributes one per field). */
export const seriesCount = (spec: TaFunctionSpec): number =>
  spec.inputs.reduce((count, input) => count + (input.kind === 'price' ? input.fields.length : 1), 0);
