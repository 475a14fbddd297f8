import { PACKED_FIELDS } from '../candles/packed.js';
import type { Timeframe } from './interval-spec.js';
import { periodKey } from './period-key.js';

const FIELDS = PACKED_FIELDS.length;
const [TIME, OPEN, HIGH, LOW, CLOSE, VOLUME, OI] = [0, 1, 2, 3, 4, 5, 6];

/**
 * One symbol's bars resampled to a larger timeframe, built once over the whole
 * loaded history and then cut at any bar `t` in O(periods): the cut holds the
 * finished periods before t's period plus t's period built only from its bars
 * up to t (the forming bar). So a replay at t sees exactly what a scan of the
 * history cut at t would build, and nothing later.
 *
 * Rules: open = first bar's open, high = max, low = min, close = last close,
 * volume = sum, oi = last oi, time = the period's first bar time.
 */
export class ResampleIndex {
  /** The forming period bar as of each base bar, in PACKED_FIELDS order. */
  private readonly forming: Float64Array[];
  /** Period number of each base bar (0, 0, 1, 1, 1, 2, …). */
  private readonly periodOf: Int32Array;
  /** Index of the last base bar of each period. */
  private readonly lastBar: Int32Array;

  /** `fields` are full candle columns in PACKED_FIELDS order, oldest first. */
  constructor(fields: readonly Float64Array[], timeframe: Timeframe) {
    const bars = fields[TIME].length;
    this.forming = Array.from({ length: FIELDS }, () => new Float64Array(bars));
    this.periodOf = new Int32Array(bars);
    const lastBars: number[] = [];
    let key = NaN;
    let start = 0;
    const [f, src] = [this.forming, fields];
    for (let i = 0; i < bars; i++) {
      const k = periodKey(timeframe, src[TIME][i]);
      const opens = i === 0 || k !== key;
      if (opens) {
        if (i > 0) lastBars.push(i - 1);
        key = k;
        start = i;
      }
      this.periodOf[i] = lastBars.length;
      f[TIME][i] = src[TIME][start];
      f[OPEN][i] = src[OPEN][start];
      f[HIGH][i] = opens || src[HIGH][i] > f[HIGH][i - 1] ? src[HIGH][i] : f[HIGH][i - 1];
      f[LOW][i] = opens || src[LOW][i] < f[LOW][i - 1] ? src[LOW][i] : f[LOW][i - 1];
      f[CLOSE][i] = src[CLOSE][i];
      f[VOLUME][i] = opens ? src[VOLUME][i] : f[VOLUME][i - 1] + src[VOLUME][i];
      f[OI][i] = src[OI][i];
    }
    if (bars > 0) lastBars.push(bars - 1);
    this.lastBar = Int32Array.from(lastBars);
  }

  /** Periods seen by bars 0…n-1 (the last one possibly forming). */
  periods(n: number): number {
    return n <= 0 ? 0 : this.periodOf[n - 1] + 1;
  }

  /** The resampled bars visible at base bar n-1, packed in PACKED_FIELDS order (periods × 7). */
  cut(n: number): { periods: number; packed: Float64Array } {
    const periods = this.periods(n);
    const packed = new Float64Array(periods * FIELDS);
    for (let p = 0; p < periods; p++) {
      const bar = p === periods - 1 ? n - 1 : this.lastBar[p];
      for (let field = 0; field < FIELDS; field++) packed[field * periods + p] = this.forming[field][bar];
    }
    return { periods, packed };
  }
}
