import { PACKED_FIELDS } from '../candles/packed.js';
import type { Timeframe } from './interval-spec.js';
import { periodKey } from './period-key.js';

const FIELDS = PACKED_FIELDS.length;
const TIME = 0;

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
    const periodOf = new Int32Array(bars);
    this.periodOf = periodOf;
    const lastBars: number[] = [];
    // Each column in a local of its own: this loop runs once per symbol and timeframe.
    const [time, open, high, low, close, volume, oi] = fields;
    const [fTime, fOpen, fHigh, fLow, fClose, fVolume, fOi] = this.forming;
    let key = NaN;
    let start = 0;
    for (let i = 0; i < bars; i++) {
      const k = periodKey(timeframe, time[i]);
      const opens = i === 0 || k !== key;
      if (opens) {
        if (i > 0) lastBars.push(i - 1);
        key = k;
        start = i;
      }
      periodOf[i] = lastBars.length;
      fTime[i] = time[start];
      fOpen[i] = open[start];
      fHigh[i] = opens || high[i] > fHigh[i - 1] ? high[i] : fHigh[i - 1];
      fLow[i] = opens || low[i] < fLow[i - 1] ? low[i] : fLow[i - 1];
      fClose[i] = close[i];
      fVolume[i] = opens ? volume[i] : fVolume[i - 1] + volume[i];
      fOi[i] = oi[i];
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
