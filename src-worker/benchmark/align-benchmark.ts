import { PACKED_FIELDS } from '../candles/packed.js';

const FIELDS = PACKED_FIELDS.length;

/**
 * A benchmark series aligned to one symbol's bar times, built once per symbol:
 * at each symbol bar, the benchmark's last bar at or before that bar's time
 * (NaN in every field before the benchmark's first bar). Bar i depends only on
 * benchmark bars up to time[i], so a prefix of the alignment is what a scan of
 * the history cut at i would see.
 */
export class AlignedBenchmark {
  /** Aligned columns in PACKED_FIELDS order, each as long as the symbol's history. */
  private readonly packed: Float64Array;
  private readonly bars: number;

  /** `symbolTimes` and the benchmark's `fields` (PACKED_FIELDS order) are oldest first, epoch seconds. */
  constructor(symbolTimes: Float64Array, benchmark: readonly Float64Array[]) {
    const bars = symbolTimes.length;
    const times = benchmark[0];
    this.bars = bars;
    this.packed = new Float64Array(bars * FIELDS).fill(NaN);
    let j = -1;
    for (let i = 0; i < bars; i++) {
      while (j + 1 < times.length && times[j + 1] <= symbolTimes[i]) j++;
      if (j < 0) continue;
      for (let field = 0; field < FIELDS; field++) this.packed[field * bars + i] = benchmark[field][j];
    }
  }

  /** The aligned benchmark for symbol bars 0…n-1, packed in PACKED_FIELDS order (n × 7). */
  cut(n: number): Float64Array {
    const visible = Math.min(n, this.bars);
    // A plain scan sees the whole history: the alignment itself, no copy (it is copied into the sandbox anyway).
    if (visible === this.bars) return this.packed;
    const out = new Float64Array(visible * FIELDS);
    for (let field = 0; field < FIELDS; field++)
      out.set(this.packed.subarray(field * this.bars, field * this.bars + visible), field * visible);
    return out;
  }
}
