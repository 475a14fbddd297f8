import type { ScanRow } from '../pool/scan-types.js';
import { RANK_SCORE_COLUMN, rankCrossSection } from './rank-rows.js';

/** Whether any match carries a `Rank` score: only then do rows get rank and percentile. */
export const hasRankScores = (rows: readonly ScanRow[]): boolean =>
  rows.some((row) => RANK_SCORE_COLUMN in row.columns);

/**
 * A scan's matches ranked as one cross-section (see rankCrossSection), or, for a
 * backtest (`perBar`), each bar's matches ranked among themselves and cut to
 * `top` per bar — the N strongest each day — ordered by bar time then rank.
 */
export function rankScanRows(rows: readonly ScanRow[], options: { top?: number; perBar: boolean }): ScanRow[] {
  if (!options.perBar) return rankCrossSection(rows, options.top);
  const byBar = new Map<number | null, ScanRow[]>();
  for (const row of rows) {
    const group = byBar.get(row.barTime);
    if (group) group.push(row);
    else byBar.set(row.barTime, [row]);
  }
  const times = [...byBar.keys()].sort((a, b) => (a ?? -Infinity) - (b ?? -Infinity));
  return times.flatMap((time) => rankCrossSection(byBar.get(time)!, options.top));
}
