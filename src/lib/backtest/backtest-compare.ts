import type { HorizonSummary } from '$engine/backtest/types';
import type { SavedBacktestSummary } from './backtest-record';
import { formatPercent, formatStat, SUMMARY_STATS } from './summary-format';

export interface ComparedStat {
  key: keyof HorizonSummary;
  label: string;
  left: string;
  right: string;
  /** Right minus left, formatted; null when either side has no value. */
  change: string | null;
}

export interface ComparedHorizon {
  horizon: number;
  stats: ComparedStat[];
}

/** What differs in the setup of two backtests (scanner, params, symbols, range, interval). */
export function setupDifferences(left: SavedBacktestSummary, right: SavedBacktestSummary): string[] {
  const differences: string[] = [];
  if (left.scannerName !== right.scannerName) differences.push(`scanner: ${left.scannerName} → ${right.scannerName}`);
  const keys = [...new Set([...Object.keys(left.params), ...Object.keys(right.params)])].sort();
  for (const key of keys) {
    const [a, b] = [JSON.stringify(left.params[key] ?? null), JSON.stringify(right.params[key] ?? null)];
    if (a !== b) differences.push(`${key}: ${a} → ${b}`);
  }
  if (left.watchlistName !== right.watchlistName)
    differences.push(`symbols: ${left.watchlistName} → ${right.watchlistName}`);
  if (left.from !== right.from || left.to !== right.to)
    differences.push(`range: ${left.from} – ${left.to} → ${right.from} – ${right.to}`);
  if (left.interval !== right.interval) differences.push(`interval: ${left.interval} → ${right.interval}`);
  return differences;
}

function change(key: keyof HorizonSummary, a: number | null | undefined, b: number | null | undefined): string | null {
  if (typeof a !== 'number' || typeof b !== 'number' || !Number.isFinite(a) || !Number.isFinite(b)) return null;
  const delta = b - a;
  if (key === 'events') return `${delta > 0 ? '+' : delta < 0 ? '−' : ''}${Math.abs(delta)}`;
  // Differences of percentages are percentage points.
  return formatPercent(delta).replace(' %', ' pp');
}

/**
 * Two backtests' summaries side by side, horizon by horizon (those both measured), with the change
 * from left to right.
 * @example compareBacktests(before, after)[0].stats.find((s) => s.key === 'mean')!.change // '+0.42 pp'
 */
export function compareBacktests(left: SavedBacktestSummary, right: SavedBacktestSummary): ComparedHorizon[] {
  if (!left.summary || !right.summary) return [];
  const horizons = left.horizons.filter((h) => right.horizons.includes(h));
  const withExcess = [left, right].every((b) =>
    Object.values(b.summary!.horizons).some((row) => row.meanExcess !== undefined)
  );
  const stats = SUMMARY_STATS.filter((stat) => stat.key !== 'meanExcess' || withExcess);
  return horizons.map((horizon) => {
    const a = left.summary!.horizons[horizon];
    const b = right.summary!.horizons[horizon];
    return {
      horizon,
      stats: stats.map(({ key, label }) => ({
        key,
        label,
        left: formatStat(key, a?.[key]),
        right: formatStat(key, b?.[key]),
        change: change(key, a?.[key], b?.[key])
      }))
    };
  });
}
