import { parseTimeframe, unsupportedReason } from './interval-spec.js';
import { ResampleIndex } from './resample-index.js';

/**
 * One symbol's `tf()` results: each timeframe is resampled once over the loaded
 * history, on first use, and every later call (another bar of a replay, the same
 * call again) is a cut of it.
 */
export class TimeframeMemo {
  private readonly indexes = new Map<string, ResampleIndex>();

  /** `fields` are the symbol's full candle columns in PACKED_FIELDS order; `interval` is the scan's. */
  constructor(
    private readonly fields: readonly Float64Array[],
    private readonly interval: string
  ) {}

  /** The `target` bars visible at base bar n-1, or why `target` cannot be built from this scan's bars. */
  view(target: string, n: number): { periods: number; packed: Float64Array } | { error: string } {
    let index = this.indexes.get(target);
    if (!index) {
      const reason = unsupportedReason(this.interval, target);
      if (reason) return { error: `tf('${target}'): ${reason}` };
      index = new ResampleIndex(this.fields, parseTimeframe(target)!);
      this.indexes.set(target, index);
    }
    return index.cut(Math.min(n, this.fields[0].length));
  }
}
