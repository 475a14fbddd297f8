import type { IstDate } from '$engine/calendar';
import { parseHorizons, presetRange, type RangePreset } from './backtest-range';

/** NIFTY 50 as OpenAlgo serves it: the default benchmark. */
export const DEFAULT_BENCHMARK = { symbol: 'NIFTY', exchange: 'NSE_INDEX' };

/** The backtest's own fields next to the scan setup: range, horizons, benchmark, where it runs. */
export class BacktestForm {
  preset = $state<RangePreset>('1y');
  customFrom = $state('');
  customTo = $state('');
  horizonsText = $state('1, 5, 10, 20');
  withBenchmark = $state(true);
  onServer = $state(false);

  readonly horizons = $derived(parseHorizons(this.horizonsText));

  /** The range's IST dates, or why the custom one is not usable. */
  range(now: number): { from: IstDate; to: IstDate } | { error: string } {
    if (this.preset !== 'custom') return presetRange(this.preset, now);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(this.customFrom) || !/^\d{4}-\d{2}-\d{2}$/.test(this.customTo))
      return { error: 'give both dates of the custom range' };
    if (this.customFrom > this.customTo) return { error: 'the range starts after it ends' };
    return { from: this.customFrom as IstDate, to: this.customTo as IstDate };
  }

  /** Fills the custom dates from a preset, so switching to custom starts from something sensible. */
  startCustom(now: number) {
    if (this.customFrom && this.customTo) return;
    const { from, to } = presetRange('1y', now);
    this.customFrom = from;
    this.customTo = to;
  }
}
