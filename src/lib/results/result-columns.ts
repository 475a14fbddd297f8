import type { ScanRow } from '$engine/pool/scan-types';

/**
 * The AddColumn names across all rows, in the order they first appear.
 * @example columnNames(rows) // ['Close', 'RSI']
 */
export function columnNames(rows: ScanRow[]): string[] {
  const names = new Set<string>();
  for (const row of rows) for (const name of Object.keys(row.columns)) names.add(name);
  return [...names];
}

/** The signals present, for the signal filter. */
export const signalsOf = (rows: ScanRow[]) => [...new Set(rows.map((row) => row.signal))].sort();

/** The colour a signal is shown in: BUY green, WATCH amber, SELL red, anything else neutral. */
export function signalTone(signal: string): 'buy' | 'watch' | 'sell' | 'neutral' {
  const upper = signal.toUpperCase();
  if (upper === 'BUY') return 'buy';
  if (upper === 'WATCH') return 'watch';
  if (upper === 'SELL') return 'sell';
  return 'neutral';
}
