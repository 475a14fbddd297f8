import type { Cell } from '../sandbox/outcome.js';

/** The column a scanner's `Rank = <number>` fills (AmiBroker's PositionScore). */
export const RANK_SCORE_COLUMN = 'Rank';

interface RankableRow {
  columns: Record<string, Cell>;
}

/**
 * Ranks one cross-section of matches by their `Rank` score, highest first:
 * each row gets `rank` (1 = highest; ties share the better rank, so 1, 2, 2, 4)
 * and `percentile` = (matches − rank) / (matches − 1) × 100 over the ranked
 * matches, so the best is 100 and a lone worst 0 (a lone match is 100). Rows without
 * a numeric score get null for both and sort after the ranked ones in the order given. `top` keeps the rows ranked top N or better (ties at the
 * boundary are all kept). Returns new row objects; the input is not changed.
 * @example rankCrossSection([{ columns: { Rank: 5 } }, { columns: { Rank: 9 } }])[0].columns // { Rank: 9, rank: 1, percentile: 100 }
 */
export function rankCrossSection<T extends RankableRow>(rows: readonly T[], top?: number): T[] {
  const scored: { row: T; score: number }[] = [];
  const unscored: T[] = [];
  for (const row of rows) {
    const score = row.columns[RANK_SCORE_COLUMN];
    if (typeof score === 'number' && Number.isFinite(score)) scored.push({ row, score });
    else unscored.push(row);
  }
  scored.sort((a, b) => b.score - a.score);
  const ranked: T[] = [];
  const count = scored.length;
  for (let first = 0; first < count;) {
    let end = first;
    while (end + 1 < count && scored[end + 1].score === scored[first].score) end++;
    const rank = first + 1;
    if (top !== undefined && rank > top) break;
    const percentile = count === 1 ? 100 : ((count - rank) / (count - 1)) * 100;
    for (let i = first; i <= end; i++) ranked.push(withRank(scored[i].row, rank, percentile));
    first = end + 1;
  }
  if (top !== undefined) return ranked;
  for (const row of unscored) ranked.push(withRank(row, null, null));
  return ranked;
}

/** A copy of the row with rank and percentile added to its columns (Object.assign: much faster than spread here). */
function withRank<T extends RankableRow>(row: T, rank: number | null, percentile: number | null): T {
  const columns: Record<string, Cell> = Object.assign({}, row.columns);
  columns.rank = rank;
  columns.percentile = percentile;
  return Object.assign({}, row, { columns });
}
