import type { BacktestEvent } from '$engine/backtest/types';

export interface HistogramBin {
  /** Lower edge of the bin, in %; the bin holds returns from `from` up to (not including) `from + width`. */
  from: number;
  count: number;
}

/** Bin widths a histogram may use: round numbers, so the axis reads well. */
const NICE_WIDTHS = [0.1, 0.25, 0.5, 1, 2, 2.5, 5, 10, 20, 25, 50, 100];

/**
 * The returns of one horizon in bins of a round width (about `targetBins` of them), empty bins
 * kept so the chart's spacing is honest; events without that horizon are left out.
 * @example returnHistogram(events, 5) // { width: 1, bins: [{ from: -3, count: 2 }, …] }
 */
export function returnHistogram(
  events: readonly BacktestEvent[],
  horizon: number,
  targetBins = 20
): { width: number; bins: HistogramBin[] } {
  const returns = events
    .map((e) => e.returns[horizon])
    .filter((r): r is number => typeof r === 'number' && Number.isFinite(r));
  if (returns.length === 0) return { width: 1, bins: [] };
  const low = Math.min(...returns);
  const high = Math.max(...returns);
  const width = NICE_WIDTHS.find((w) => (high - low) / w <= targetBins) ?? NICE_WIDTHS[NICE_WIDTHS.length - 1];
  const first = Math.floor(low / width);
  const bins: HistogramBin[] = Array.from({ length: Math.floor(high / width) - first + 1 }, (_, i) => ({
    from: round((first + i) * width),
    count: 0
  }));
  for (const r of returns) bins[Math.floor(r / width) - first].count++;
  return { width, bins };
}

const round = (value: number) => Math.round(value * 1e6) / 1e6;
