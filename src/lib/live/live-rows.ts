import type { LiveRow } from './live-schema';

/** A row of the live table: `new` on the bar it entered, `exited` (fading) on the bar it left. */
export interface LiveTableRow {
  key: string;
  row: LiveRow;
  mark: 'new' | 'in' | 'exited';
}

export const rowKey = (row: Pick<LiveRow, 'symbol' | 'exchange'>) => `${row.exchange}:${row.symbol}`;

/**
 * The table after a bar close: the bar's rows (entered ones marked new) followed by the rows that
 * left on this bar, kept one bar so they can fade out.
 * @example liveTable(previous, { rows, entered: ['NSE:SBIN'], exited: ['NSE:TCS'] })
 */
export function liveTable(
  previous: readonly LiveTableRow[],
  bar: { rows: readonly LiveRow[]; entered: readonly string[]; exited: readonly string[] }
): LiveTableRow[] {
  const entered = new Set(bar.entered);
  const exited = new Set(bar.exited);
  const current = bar.rows.map((row): LiveTableRow => ({
    key: rowKey(row),
    row,
    mark: entered.has(rowKey(row)) ? 'new' : 'in'
  }));
  const leaving = previous
    .filter((entry) => exited.has(entry.key) && entry.mark !== 'exited')
    .map((entry): LiveTableRow => ({ ...entry, mark: 'exited' }));
  return [...current, ...leaving];
}

/**
 * Whether a symbol's feed looks stale: no tick yet, or its last tick a minute behind the freshest
 * symbol's (both in market time, so the simulator's faster demo clock is judged the same way).
 */
export function isStale(lastTickAt: number | null, freshest: number | null, toleranceMs = 60_000): boolean {
  if (lastTickAt === null) return true;
  return freshest !== null && freshest - lastTickAt > toleranceMs;
}
