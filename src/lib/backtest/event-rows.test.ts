import { describe, expect, it } from 'vitest';
import { rowsToCsv } from '$lib/results/export-csv';
import { eventColumnFormats, eventOfRow, eventRows } from './event-rows';
import { realBacktest } from './test-helpers';

describe('eventRows', () => {
  const backtest = realBacktest();
  const rows = eventRows(backtest.events, backtest.horizons);

  it('keeps the scanner’s columns and adds entry, returns, MFE, MAE and excess per horizon', () => {
    const event = backtest.events[0];
    expect(rows[0]).toMatchObject({ symbol: event.symbol, signal: event.signal, barTime: event.barTime });
    expect(rows[0].columns).toMatchObject({
      Close: event.columns.Close,
      Entry: event.entry,
      'Ret 5': event.returns['5'],
      'MFE 5': event.mfe['5'],
      'MAE 5': event.mae['5'],
      'Excess 5': event.excess!['5']
    });
  });

  it('writes null for a horizon past the loaded bars', () => {
    const last = rows.findLast((row) => row.symbol === 'INFY')!;
    expect(eventOfRow(backtest.events, last)!.returns['20']).toBeNull();
    expect(last.columns['Ret 20']).toBeNull();
  });

  it('finds the event back from its row', () => {
    expect(eventOfRow(backtest.events, rows[3])).toBe(backtest.events[3]);
    expect(eventOfRow(backtest.events, { ...rows[3], barTime: 1 })).toBeNull();
  });

  it('exports as the results grid does, returns with two decimals', () => {
    const csv = rowsToCsv(rows, { columnFormats: eventColumnFormats(backtest.columnFormats, backtest.horizons) });
    const [header, first] = csv.split('\r\n');
    expect(header).toBe(
      'Symbol,Exchange,Signal,Date,Close,Entry,Ret 1,MFE 1,MAE 1,Excess 1,Ret 5,MFE 5,MAE 5,Excess 5,Ret 20,MFE 20,MAE 20,Excess 20'
    );
    expect(first.split(',')[10]).toBe(backtest.events[0].returns['5']!.toFixed(2));
  });
});
