import type { BacktestEvent } from '$engine/backtest/types';
import type { ScanRow } from '$engine/pool/scan-types';

/** The column names an event's outcome adds after the scanner's own columns. */
export const outcomeColumn = {
  entry: 'Entry',
  returns: (h: number) => `Ret ${h}`,
  mfe: (h: number) => `MFE ${h}`,
  mae: (h: number) => `MAE ${h}`,
  excess: (h: number) => `Excess ${h}`
};

/**
 * Events as result rows, so the results grid, its sort and filter and the exporters take them
 * as they are: the scanner's columns, then the entry and, per horizon, return, MFE, MAE (and
 * excess over the benchmark), in %.
 * @example eventRows(backtest.events, [5])[0].columns['Ret 5'] // 2.31
 */
export function eventRows(events: readonly BacktestEvent[], horizons: readonly number[]): ScanRow[] {
  return events.map((event) => {
    const columns: ScanRow['columns'] = { ...event.columns, [outcomeColumn.entry]: event.entry };
    for (const h of horizons) {
      columns[outcomeColumn.returns(h)] = event.returns[h] ?? null;
      columns[outcomeColumn.mfe(h)] = event.mfe[h] ?? null;
      columns[outcomeColumn.mae(h)] = event.mae[h] ?? null;
      if (event.excess) columns[outcomeColumn.excess(h)] = event.excess[h] ?? null;
    }
    return { symbol: event.symbol, exchange: event.exchange, signal: event.signal, columns, barTime: event.barTime };
  });
}

/** The scanner's own formats plus two decimals for the entry and every outcome column. */
export function eventColumnFormats(
  scannerFormats: Record<string, string>,
  horizons: readonly number[]
): Record<string, string> {
  const formats = { ...scannerFormats, [outcomeColumn.entry]: '1.2' };
  for (const h of horizons)
    for (const name of [outcomeColumn.returns(h), outcomeColumn.mfe(h), outcomeColumn.mae(h), outcomeColumn.excess(h)])
      formats[name] = '1.2';
  return formats;
}

/** The event a row stands for (same symbol, exchange and signal bar). */
export function eventOfRow(
  events: readonly BacktestEvent[],
  row: Pick<ScanRow, 'symbol' | 'exchange' | 'barTime'>
): BacktestEvent | null {
  return (
    events.find((e) => e.symbol === row.symbol && e.exchange === row.exchange && e.barTime === row.barTime) ?? null
  );
}
