import type { ScanRow } from '../../../src-worker/pool/scan-types.js';

const keyOf = (row: Pick<ScanRow, 'symbol' | 'exchange'>) => `${row.exchange}:${row.symbol}`;

/**
 * Which symbols entered the results on this bar, which left, and which stayed, as "NSE:SBIN" keys
 * in the order of the rows they come from.
 * @example diffRows(previous, rows) // { entered: ['NSE:TCS'], exited: [], stillIn: ['NSE:SBIN'] }
 */
export function diffRows(previous: readonly ScanRow[], current: readonly ScanRow[]) {
  const before = new Set(previous.map(keyOf));
  const now = new Set(current.map(keyOf));
  return {
    entered: current.map(keyOf).filter((key) => !before.has(key)),
    exited: previous.map(keyOf).filter((key) => !now.has(key)),
    stillIn: current.map(keyOf).filter((key) => before.has(key))
  };
}
