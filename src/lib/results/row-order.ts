import type { ScanRow } from '$engine/pool/scan-types';
import type { Cell } from '$engine/sandbox/outcome';

/** What a table can sort by: the fixed columns or an AddColumn (`column:<name>`). */
export type SortKey = 'symbol' | 'signal' | 'barTime' | `column:${string}`;
export type SortDirection = 'asc' | 'desc';

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** The value a row is sorted on. */
export function sortValue(row: ScanRow, key: SortKey): Cell {
  if (key === 'symbol' || key === 'signal' || key === 'barTime') return row[key];
  return row.columns[key.slice('column:'.length)] ?? null;
}

/**
 * Orders two cells: numbers (and booleans) numerically, text naturally (`A2` before `A10`), numbers
 * before text; blanks always last, whichever the direction.
 */
export function compareCells(a: Cell, b: Cell, direction: SortDirection): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  const sign = direction === 'asc' ? 1 : -1;
  const numeric = (cell: Cell) => (typeof cell === 'boolean' ? Number(cell) : cell);
  const x = numeric(a);
  const y = numeric(b);
  if (typeof x === 'number' && typeof y === 'number') return sign * (x - y);
  if (typeof x === 'number') return -1;
  if (typeof y === 'number') return 1;
  return sign * collator.compare(String(x), String(y));
}

/**
 * A sorted copy; ties keep their order (Array.prototype.sort is stable).
 * @example sortRows(rows, 'column:RSI', 'desc')
 */
export function sortRows(rows: ScanRow[], key: SortKey, direction: SortDirection): ScanRow[] {
  return [...rows].sort((a, b) => compareCells(sortValue(a, key), sortValue(b, key), direction));
}

/**
 * Rows whose symbol, exchange, signal or any column contains `query` (case-insensitive), with the
 * given signal (`null` for any).
 * @example filterRows(rows, 'infy', 'BUY')
 */
export function filterRows(rows: ScanRow[], query: string, signal: string | null): ScanRow[] {
  const needle = query.trim().toLowerCase();
  return rows.filter((row) => {
    if (signal !== null && row.signal !== signal) return false;
    if (needle === '') return true;
    if (
      row.symbol.toLowerCase().includes(needle) ||
      row.exchange.toLowerCase().includes(needle) ||
      row.signal.toLowerCase().includes(needle)
    )
      return true;
    return Object.values(row.columns).some((cell) => cell !== null && String(cell).toLowerCase().includes(needle));
  });
}
