import type { ScanRow } from '$engine/pool/scan-types';

/** How a run's matches differ from the run before it. */
export interface RunComparison {
  /** In this run, not in the previous one (all of them when there is no previous run). */
  added: ScanRow[];
  /** In the previous run, gone from this one (rows from the previous run). */
  dropped: ScanRow[];
  /** In both (rows from this run). */
  unchanged: ScanRow[];
}

/** The identity of a row across runs. */
export const rowKey = (row: Pick<ScanRow, 'exchange' | 'symbol'>) => `${row.exchange}:${row.symbol}`;

/**
 * Compares two runs' matches by exchange:symbol.
 * @example compareRuns(previous, current).added.length // symbols that newly match
 */
export function compareRuns(previous: { rows: ScanRow[] } | null, current: { rows: ScanRow[] }): RunComparison {
  const before = new Set((previous?.rows ?? []).map(rowKey));
  const now = new Set(current.rows.map(rowKey));
  return {
    added: current.rows.filter((row) => !before.has(rowKey(row))),
    dropped: (previous?.rows ?? []).filter((row) => !now.has(rowKey(row))),
    unchanged: current.rows.filter((row) => before.has(rowKey(row)))
  };
}

/** Each row's badge under a comparison: `new` or `unchanged`. */
export function comparisonBadges(comparison: RunComparison): Map<string, 'new' | 'unchanged'> {
  const badges = new Map<string, 'new' | 'unchanged'>();
  for (const row of comparison.added) badges.set(rowKey(row), 'new');
  for (const row of comparison.unchanged) badges.set(rowKey(row), 'unchanged');
  return badges;
}
