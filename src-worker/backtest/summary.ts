import { mean, quantile } from './statistics.js';
import type { BacktestEvent, BacktestSummary, HorizonSummary } from './types.js';

/** An event with the index of its signal bar in its symbol's history, to measure gaps between signals. */
export interface IndexedEvent {
  event: BacktestEvent;
  bar: number;
}

const orNull = (value: number) => (Number.isFinite(value) ? value : null);
const finite = (values: (number | null | undefined)[]) =>
  values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));

/** One horizon's statistics over the events that reach it. */
export function horizonSummary(
  events: readonly BacktestEvent[],
  horizon: number,
  withBenchmark: boolean
): HorizonSummary {
  const reached = events.filter((e) => typeof e.returns[horizon] === 'number' && Number.isFinite(e.returns[horizon]));
  const returns = reached.map((e) => e.returns[horizon] as number).sort((a, b) => a - b);
  const summary: HorizonSummary = {
    events: returns.length,
    winRate: orNull((returns.filter((r) => r > 0).length / returns.length) * 100),
    mean: orNull(mean(returns)),
    median: orNull(quantile(returns, 0.5)),
    p10: orNull(quantile(returns, 0.1)),
    p25: orNull(quantile(returns, 0.25)),
    p75: orNull(quantile(returns, 0.75)),
    p90: orNull(quantile(returns, 0.9)),
    meanMfe: orNull(mean(finite(reached.map((e) => e.mfe[horizon])))),
    meanMae: orNull(mean(finite(reached.map((e) => e.mae[horizon]))))
  };
  if (withBenchmark) summary.meanExcess = orNull(mean(finite(reached.map((e) => e.excess?.[horizon]))));
  return summary;
}

/**
 * The first signal of each run on a symbol: an event counts only when the last
 * counted one on that symbol is more than `horizon` bars before it (its trade is over).
 */
export function firstSignals(events: readonly IndexedEvent[], horizon: number): BacktestEvent[] {
  const lastCounted = new Map<string, number>();
  const ordered = [...events].sort((a, b) =>
    a.event.symbol < b.event.symbol ? -1 : a.event.symbol > b.event.symbol ? 1 : a.bar - b.bar
  );
  const kept: BacktestEvent[] = [];
  for (const { event, bar } of ordered) {
    const key = `${event.exchange}:${event.symbol}`;
    const previous = lastCounted.get(key);
    if (previous !== undefined && bar - previous <= horizon) continue;
    lastCounted.set(key, bar);
    kept.push(event);
  }
  return kept;
}

export const SURVIVORSHIP_NOTE =
  "Symbol lists are today's: stocks that left the list (delisted, merged, dropped from the index) are missing, which flatters the results.";
export const UNSTABLE_PERIOD_NOTE =
  'Each bar sees every loaded bar up to it; a live scan sees only its last lookback bars, so recursive indicators (EMA, RSI …) can differ slightly in their unstable period.';

/** Per-horizon statistics, the repeats and the same statistics counting first signals only. */
export function summarizeBacktest(
  events: readonly IndexedEvent[],
  horizons: readonly number[],
  withBenchmark: boolean
): BacktestSummary {
  const all = events.map((e) => e.event);
  const summary: BacktestSummary = {
    horizons: {},
    repeats: {},
    firstOnly: {},
    notes: [UNSTABLE_PERIOD_NOTE, SURVIVORSHIP_NOTE]
  };
  for (const h of horizons) {
    const first = firstSignals(events, h);
    summary.horizons[h] = horizonSummary(all, h, withBenchmark);
    summary.repeats[h] = all.length - first.length;
    summary.firstOnly[h] = horizonSummary(first, h, withBenchmark);
  }
  return summary;
}
