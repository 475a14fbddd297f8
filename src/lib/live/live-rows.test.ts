import { expect, it } from 'vitest';
import { isStale, liveTable } from './live-rows';

const row = (symbol: string) => ({ symbol, exchange: 'NSE', signal: 'Match', columns: {}, barTime: 1 });

it('marks entered rows new, keeps rows that stay, and keeps a row that left for one bar to fade', () => {
  const first = liveTable([], { rows: [row('SBIN'), row('TCS')], entered: ['NSE:SBIN', 'NSE:TCS'], exited: [] });
  expect(first.map((r) => [r.key, r.mark])).toEqual([
    ['NSE:SBIN', 'new'],
    ['NSE:TCS', 'new']
  ]);
  const second = liveTable(first, { rows: [row('SBIN'), row('INFY')], entered: ['NSE:INFY'], exited: ['NSE:TCS'] });
  expect(second.map((r) => [r.key, r.mark])).toEqual([
    ['NSE:SBIN', 'in'],
    ['NSE:INFY', 'new'],
    ['NSE:TCS', 'exited']
  ]);
  const third = liveTable(second, { rows: [row('SBIN'), row('INFY')], entered: [], exited: [] });
  expect(third.map((r) => [r.key, r.mark])).toEqual([
    ['NSE:SBIN', 'in'],
    ['NSE:INFY', 'in']
  ]);
});

it('calls a feed stale without a tick or a minute behind the freshest symbol', () => {
  expect(isStale(null, 1_000)).toBe(true);
  expect(isStale(100_000, 130_000)).toBe(false);
  expect(isStale(100_000, 161_000)).toBe(true);
});
