import type { ScanRow } from '$engine/pool/scan-types';

/** One industry's share of a scan's matches. */
export interface IndustryGroup {
  /** Null gathers the symbols whose industry is unknown (not in an NSE list, or listed without one). */
  industry: string | null;
  count: number;
  /** Mean of the chosen column over the rows where it is a finite number; null when there are none. */
  average: number | null;
}

/** Reads a row's industry; blank text counts as unknown. */
export type IndustryOf = (row: Pick<ScanRow, 'symbol' | 'exchange'>) => string | null | undefined;

/**
 * Groups matches by industry with their counts and the average of `column` (NaN, null, text and
 * booleans are left out of the average, not counted as zero). Groups are ordered by count, then by
 * average (highest first, none last), then by name, so ties always come out the same way; the
 * unknown industry comes last whatever its size.
 * @example summariseByIndustry(rows, (row) => industries.get(row.symbol), 'rsRating')[0] // { industry: 'Information Technology', count: 4, average: 12.5 }
 */
export function summariseByIndustry(
  rows: readonly ScanRow[],
  industryOf: IndustryOf,
  column: string | null
): IndustryGroup[] {
  const groups = new Map<string | null, { count: number; sum: number; averaged: number }>();
  for (const row of rows) {
    const industry = industryOf(row)?.trim() || null;
    const group = groups.get(industry) ?? { count: 0, sum: 0, averaged: 0 };
    group.count += 1;
    const cell = column === null ? null : row.columns[column];
    if (typeof cell === 'number' && Number.isFinite(cell)) {
      group.sum += cell;
      group.averaged += 1;
    }
    groups.set(industry, group);
  }
  return [...groups.entries()]
    .map(([industry, { count, sum, averaged }]) => ({ industry, count, average: averaged > 0 ? sum / averaged : null }))
    .sort(byCountThenAverage);
}

function byCountThenAverage(a: IndustryGroup, b: IndustryGroup): number {
  if ((a.industry === null) !== (b.industry === null)) return a.industry === null ? 1 : -1;
  if (a.count !== b.count) return b.count - a.count;
  if (a.average !== b.average) {
    if (a.average === null) return 1;
    if (b.average === null) return -1;
    return b.average - a.average;
  }
  return (a.industry ?? '').localeCompare(b.industry ?? '');
}

/**
 * The columns worth averaging: those holding a finite number in at least one row, in first-seen order.
 * @example averageableColumns([{ columns: { Close: 10, Trend: 'up' } }]) // ['Close']
 */
export function averageableColumns(rows: readonly Pick<ScanRow, 'columns'>[]): string[] {
  const names = new Set<string>();
  for (const row of rows) {
    for (const [name, cell] of Object.entries(row.columns))
      if (typeof cell === 'number' && Number.isFinite(cell)) names.add(name);
  }
  return [...names];
}
