import type { PackedCandles } from '../candles/packed.js';
import { AlignedBenchmark } from './align-benchmark.js';

/** One symbol's aligned benchmark for `benchmark`, built on first use. */
export class BenchmarkMemo {
  private aligned: AlignedBenchmark | null = null;

  constructor(
    private readonly symbolTimes: Float64Array,
    private readonly benchmark: PackedCandles
  ) {}

  /** The benchmark aligned to the symbol's bars 0…n-1, packed in PACKED_FIELDS order. */
  view(n: number): Float64Array {
    if (!this.aligned) {
      const { bars, packed } = this.benchmark;
      const fields = Array.from({ length: 7 }, (_, i) => packed.subarray(i * bars, (i + 1) * bars));
      this.aligned = new AlignedBenchmark(this.symbolTimes, fields);
    }
    return this.aligned.cut(n);
  }
}
