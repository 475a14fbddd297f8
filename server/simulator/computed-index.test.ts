import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { istDateOf } from '../../src-worker/calendar/index.js';
import { parseHistoryCsv } from '../../src-worker/candles/history-csv.js';
import { NSE_LISTS_DIR, RECORDED_DAILY_DIR } from './data-files.js';
import { startSimulator, type RunningSimulator } from './start-simulator.js';
import { callSimulator, ist, rowTimes, type HistoryRow } from './test-helpers.js';

let market = ist('2026-11-25T16:00');
let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startSimulator({ now: () => market, historySpacingMs: 0 });
});
afterAll(() => sim.close());

const history = async (symbol: string, body: object = {}): Promise<HistoryRow[]> => {
  const answer = await callSimulator(sim, 'history', {
    symbol,
    exchange: 'NSE_INDEX',
    interval: 'D',
    start_date: '2019-01-01',
    end_date: '2026-12-31',
    ...body
  });
  expect(answer.status).toBe(200);
  return answer.json.data;
};

/** The recorded closes of `symbols`, each aligned to the last recorded day (the simulator re-dates them all to end on one session). */
function recordedClosesFromTheEnd(symbols: string[]): number[][] {
  return symbols.map((symbol) => {
    const parsed = parseHistoryCsv(readFileSync(`${RECORDED_DAILY_DIR}${symbol}.csv`, 'utf8'));
    if ('error' in parsed) throw new Error(parsed.error);
    return Array.from(parsed.data.close).reverse();
  });
}

/** An independent equal-weighted chain: from the day half the series trade, close = previous × mean(close ÷ its previous close). */
function expectedCloses(closesFromTheEnd: number[][], base: number): number[] {
  const days = Math.max(...closesFromTheEnd.map((c) => c.length));
  const quorum = Math.ceil(closesFromTheEnd.length / 2);
  const start = Array.from({ length: days }, (_, k) => k).findLast(
    (k) => closesFromTheEnd.filter((c) => c.length > k).length >= quorum
  )!;
  const levels = [base];
  for (let k = start - 1; k >= 0; k--) {
    const moves = closesFromTheEnd.filter((c) => c.length > k + 1).map((c) => c[k] / c[k + 1]);
    levels.push(levels[levels.length - 1] * (moves.reduce((s, m) => s + m, 0) / moves.length));
  }
  return levels;
}

const recorded = readdirSync(RECORDED_DAILY_DIR).map((file) => file.slice(0, -4));
const nifty500 = new Set(
  readFileSync(`${NSE_LISTS_DIR}ind_nifty500list.csv`, 'utf8')
    .split('\n')
    .map((line) => line.split(',')[2])
);

describe('NIFTY and NIFTY500 computed from the recorded constituents', () => {
  it('NIFTY is the equal-weighted chain of the 50 recorded series, starting at 12000', async () => {
    const rows = await history('NIFTY');
    const expected = expectedCloses(recordedClosesFromTheEnd(recorded), 12000);
    expect(rows).toHaveLength(expected.length);
    rows.forEach((row, i) => expect(Math.abs(row.close - expected[i])).toBeLessThanOrEqual(0.006));
    expect(istDateOf(rowTimes(rows).at(-1)! * 1000)).toBe('2026-11-25');
    for (const row of rows) {
      expect(row.high).toBeGreaterThanOrEqual(Math.max(row.open, row.close));
      expect(row.low).toBeLessThanOrEqual(Math.min(row.open, row.close));
      expect(row.volume).toBe(0);
    }
  });

  it('NIFTY500 chains the recorded series of its members, starting at 10000', async () => {
    const members = recorded.filter((symbol) => nifty500.has(symbol));
    expect(members.length).toBeGreaterThan(40);
    expect(members.length).toBeLessThan(recorded.length);
    const rows = await history('NIFTY500');
    const expected = expectedCloses(recordedClosesFromTheEnd(members), 10000);
    rows.forEach((row, i) => expect(Math.abs(row.close - expected[i])).toBeLessThanOrEqual(0.006));
  });

  it('serves intraday bars that aggregate to the computed day, and a forming day consistent with them', async () => {
    market = ist('2026-11-25T16:00');
    const [day] = await history('NIFTY', { start_date: '2026-11-20', end_date: '2026-11-20' });
    for (const interval of ['1m', '5m', '1h']) {
      const bars = await history('NIFTY', { interval, start_date: '2026-11-20', end_date: '2026-11-20' });
      expect(bars.length).toBe({ '1m': 375, '5m': 75, '1h': 7 }[interval]);
      expect(bars[0].open).toBe(day.open);
      expect(bars.at(-1)!.close).toBe(day.close);
      expect(Math.max(...bars.map((b) => b.high))).toBe(day.high);
      expect(Math.min(...bars.map((b) => b.low))).toBe(day.low);
    }
    market = ist('2026-11-25T11:00');
    const forming = (await history('NIFTY', { start_date: '2026-11-25' })).at(-1)!;
    const minutes = await history('NIFTY', { interval: '1m', start_date: '2026-11-25' });
    expect(forming.close).toBe(minutes.at(-1)!.close);
    expect(forming.high).toBe(Math.max(...minutes.map((m) => m.high)));
    const quote = (await callSimulator(sim, 'quotes', { symbol: 'NIFTY', exchange: 'NSE_INDEX' })).json.data;
    expect(quote.ltp).toBe(forming.close);
    market = ist('2026-11-25T16:00');
  });

  it('lists NIFTY500 on NSE_INDEX', async () => {
    const found = await callSimulator(sim, 'symbol', { symbol: 'NIFTY500', exchange: 'NSE_INDEX' });
    expect(found.json.data).toMatchObject({ symbol: 'NIFTY500', name: 'NIFTY 500', instrumenttype: 'INDEX' });
  });
});
