/**
 * The prelude's `benchmark` and relative-strength helpers (spliced into
 * PRELUDE_SOURCE after TF_SOURCE, whose per-bar cache and bar count it shares).
 * `hostBenchmark(bars)` answers the benchmark aligned to the symbol's first
 * `bars` bars, or null when the scan has none.
 */
export const BENCHMARK_SOURCE = String.raw`
  function benchmarkSeries() {
    if (tfViews.has('@benchmark')) return tfViews.get('@benchmark');
    const out = hostBenchmark(tfBars);
    let view = null;
    if (out) {
      const n = out.byteLength / (8 * TF_FIELDS.length);
      view = {};
      TF_FIELDS.forEach((field, i) => { view[field] = new Float64Array(out, i * n * 8, n); });
    }
    tfViews.set('@benchmark', view);
    return view;
  }
  /** The ratio line a[i] / b[i] (e.g. rs(close, benchmark.close)). */
  function rs(a, b) {
    const x = asSeries(a, 'rs argument 1');
    const y = asSeries(b, 'rs argument 2');
    if (x.length !== y.length) throw new RangeError('rs: both series must have the same length (' + x.length + ' vs ' + y.length + ')');
    // The host divides (TA-Lib's DIV, a[i] / b[i] at every bar): a loop over every bar is slow in the interpreter.
    return ta.DIV(x, y);
  }
  /** Performance over n bars relative to the benchmark, in %: ((a/a[n ago]) / (b/b[n ago]) - 1) * 100 on the newest bar. */
  function rsRating(a, b, n) {
    if (!Number.isInteger(n) || n < 1) throw new RangeError('rsRating: n must be a whole number of bars, at least 1');
    return ((last(a) / last(a, n)) / (last(b) / last(b, n)) - 1) * 100;
  }
  /** Mansfield relative strength: (rs / SMA(rs, n) - 1) * 100 as a series, rs = a / b (n = 52 on weekly bars). */
  function mansfieldRS(a, b, n) {
    if (!Number.isInteger(n) || n < 1) throw new RangeError('mansfieldRS: n must be a whole number of bars, at least 1');
    const ratio = rs(a, b);
    const out = new Float64Array(ratio.length).fill(NaN);
    // A running window sum over the finite values; a window holding a NaN (bars before the
    // benchmark's first) is NaN, and only those windows are.
    let sum = 0;
    let gaps = 0;
    for (let i = 0; i < ratio.length; i++) {
      if (Number.isFinite(ratio[i])) sum += ratio[i];
      else gaps++;
      if (i >= n) {
        if (Number.isFinite(ratio[i - n])) sum -= ratio[i - n];
        else gaps--;
      }
      if (i >= n - 1 && gaps === 0) out[i] = (ratio[i] / (sum / n) - 1) * 100;
    }
    return out;
  }
`;
