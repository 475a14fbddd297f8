/**
 * The prelude's `tf(interval)` (spliced into PRELUDE_SOURCE, so plain ES2020
 * sharing its closure). The host resamples; this side keeps each answer for the
 * rest of the current bar, so calling `tf('W')` twice costs one host call.
 * `resetTimeframes(bars)` runs before each symbol (and each replayed bar) with
 * the number of bars the scanner sees.
 */
export const TF_SOURCE = String.raw`
  let tfViews = new Map();
  let tfBars = 0;
  const TF_FIELDS = ['time', 'open', 'high', 'low', 'close', 'volume', 'oi'];
  function resetTimeframes(bars) { tfViews = new Map(); tfBars = bars; }
  /** The visible bars resampled to interval ('W', 'M', 'D', '75m', '1h'…): { open, high, low, close, volume, oi, time }, the last bar forming. */
  function tf(interval) {
    if (typeof interval !== 'string') throw new TypeError("tf: the interval must be a string such as 'W', 'M' or '75m', got " + typeof interval);
    const cached = tfViews.get(interval);
    if (cached) return cached;
    const out = hostTf(interval, tfBars);
    if (typeof out === 'string') throw new RangeError(out);
    const periods = out.byteLength / (8 * TF_FIELDS.length);
    const bars = {};
    TF_FIELDS.forEach((field, i) => { bars[field] = new Float64Array(out, i * periods * 8, periods); });
    tfViews.set(interval, bars);
    return bars;
  }
`;
