import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseHistoryCsv } from '../../src-worker/candles/history-csv.js';
import { istDateOf, tradingDaysBetween } from '../../src-worker/calendar/index.js';
import { RECORDED_DAILY_DIR } from './data-files.js';
import { startSimulator, type RunningSimulator } from './start-simulator.js';
import { callSimulator, ist, rowTimes, type HistoryRow } from './test-helpers.js';

let market = ist('2026-11-25T16:00'); // after the close of a regular session
let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startSimulator({ now: () => market, historySpacingMs: 50 });
});
afterAll(() => sim.close());

const history = (body: object) =>
  callSimulator(sim, 'history', {
    exchange: 'NSE',
    interval: 'D',
    start_date: '2019-01-01',
    end_date: '2026-12-31',
    ...body
  });

describe('simulated history', () => {
  it('serves the recorded series re-dated to end on the latest session, prices untouched', async () => {
    market = ist('2026-11-25T16:00');
    const csv = parseHistoryCsv(readFileSync(`${RECORDED_DAILY_DIR}INFY.csv`, 'utf8'));
    if ('error' in csv) throw new Error(csv.error);
    const { status, json } = await history({ symbol: 'INFY' });
    expect(status).toBe(200);
    const rows: HistoryRow[] = json.data;
    expect(rows.map((r) => r.close)).toEqual(Array.from(csv.data.close));
    expect(rows.map((r) => r.open)).toEqual(Array.from(csv.data.open));
    expect(rows.map((r) => r.volume)).toEqual(Array.from(csv.data.volume));
    const dates = rowTimes(rows).map((t) => istDateOf(t! * 1000));
    expect(dates[dates.length - 1]).toBe('2026-11-25');
    expect(dates).toEqual(tradingDaysBetween(dates[0], dates[dates.length - 1]));
  });

  it('serves deterministic synthetic series for other symbols', async () => {
    const first = await history({ symbol: 'BANKBARODA' });
    const again = await history({ symbol: 'BANKBARODA' });
    expect(first.json.data.length).toBeGreaterThan(1500);
    expect(again.json).toEqual(first.json);
  });

  it('writes timestamps as epoch seconds, epoch ms or ISO strings', async () => {
    const seconds = await history({ symbol: 'SBIN', start_date: '2026-11-01' });
    sim.settings.timestampFormat = 'iso';
    const iso = await history({ symbol: 'SBIN', start_date: '2026-11-01' });
    sim.settings.timestampFormat = 'epoch-ms';
    const ms = await history({ symbol: 'SBIN', start_date: '2026-11-01' });
    sim.settings.timestampFormat = 'epoch-seconds';
    expect(iso.json.data[0].timestamp).toBe('2026-11-02 00:00:00+05:30');
    expect(ms.json.data[0].timestamp).toBe(seconds.json.data[0].timestamp * 1000);
    expect(rowTimes(iso.json.data)).toEqual(rowTimes(seconds.json.data));
  });

  it('builds intraday bars that aggregate to the daily bar', async () => {
    const daily = (await history({ symbol: 'TCS', start_date: '2026-11-20', end_date: '2026-11-20' })).json.data[0];
    for (const interval of ['1m', '5m', '1h']) {
      const bars: HistoryRow[] = (
        await history({ symbol: 'TCS', interval, start_date: '2026-11-20', end_date: '2026-11-20' })
      ).json.data;
      expect(bars.length).toBe({ '1m': 375, '5m': 75, '1h': 7 }[interval]);
      expect(bars[0].open).toBe(daily.open);
      expect(bars[bars.length - 1].close).toBe(daily.close);
      expect(Math.max(...bars.map((b) => b.high))).toBe(daily.high);
      expect(Math.min(...bars.map((b) => b.low))).toBe(daily.low);
      expect(bars.reduce((sum, b) => sum + b.volume, 0)).toBe(daily.volume);
    }
  });

  it('limits intraday history to the last 60 days', async () => {
    const { json } = await history({ symbol: 'TCS', interval: '1h', start_date: '2026-01-01' });
    const first = istDateOf(rowTimes(json.data)[0]! * 1000);
    expect(first >= '2026-09-26').toBe(true);
  });

  it('aggregates weekly and monthly bars from the daily ones', async () => {
    const daily: HistoryRow[] = (await history({ symbol: 'TCS', start_date: '2026-10-01', end_date: '2026-10-31' }))
      .json.data;
    const monthly: HistoryRow[] = (
      await history({ symbol: 'TCS', interval: 'M', start_date: '2026-10-01', end_date: '2026-10-31' })
    ).json.data;
    expect(monthly).toHaveLength(1);
    expect(monthly[0]).toMatchObject({
      open: daily[0].open,
      close: daily[daily.length - 1].close,
      high: Math.max(...daily.map((d) => d.high)),
      volume: daily.reduce((s, d) => s + d.volume, 0)
    });
    const weekly: HistoryRow[] = (
      await history({ symbol: 'TCS', interval: 'W', start_date: '2026-11-02', end_date: '2026-11-25' })
    ).json.data;
    expect(weekly).toHaveLength(4);
  });

  it('shows the session’s bar forming during market hours, consistent with quotes and minutes', async () => {
    market = ist('2026-11-25T11:00');
    const bars: HistoryRow[] = (await history({ symbol: 'TCS', start_date: '2026-11-24' })).json.data;
    const minutes: HistoryRow[] = (await history({ symbol: 'TCS', interval: '1m', start_date: '2026-11-25' })).json
      .data;
    const forming = bars[bars.length - 1];
    expect(istDateOf(Number(forming.timestamp) * 1000)).toBe('2026-11-25');
    expect(minutes).toHaveLength(105); // 09:15 → 10:59
    expect(forming.close).toBe(minutes[minutes.length - 1].close);
    expect(forming.volume).toBe(minutes.reduce((s, m) => s + m.volume, 0));
    const quote = (await callSimulator(sim, 'quotes', { symbol: 'TCS', exchange: 'NSE' })).json.data;
    expect(quote.ltp).toBe(forming.close);
    market = ist('2026-11-25T15:30');
    const closed: HistoryRow[] = (await history({ symbol: 'TCS', start_date: '2026-11-25' })).json.data;
    expect(closed[0].open).toBe(forming.open);
    expect(closed[0].volume).toBeGreaterThan(forming.volume);
    market = ist('2026-11-25T16:00');
  });
});

describe('simulated reference endpoints', () => {
  it('answers quotes, multiquotes, depth, search, symbol, intervals, ping, holidays, timings', async () => {
    const quote = await callSimulator(sim, 'quotes', { symbol: 'RELIANCE', exchange: 'NSE' });
    expect(quote.json.data).toMatchObject({ ltp: expect.any(Number), prev_close: expect.any(Number) });
    const multi = await callSimulator(sim, 'multiquotes', {
      symbols: [
        { symbol: 'RELIANCE', exchange: 'NSE' },
        { symbol: 'BADSYM', exchange: 'NSE' }
      ]
    });
    expect(multi.json.results[0].data.ltp).toBe(quote.json.data.ltp);
    expect(multi.json.results[1]).toEqual({ symbol: 'BADSYM', exchange: 'NSE', error: 'Symbol not found' });
    const depth = await callSimulator(sim, 'depth', { symbol: 'RELIANCE', exchange: 'NSE' });
    expect(depth.json.data.asks).toHaveLength(5);
    expect(depth.json.data.bids[0].price).toBeLessThan(depth.json.data.asks[0].price);
    const search = await callSimulator(sim, 'search', { query: 'reliance', exchange: 'NSE' });
    expect(search.json.data[0]).toMatchObject({
      symbol: 'RELIANCE',
      brsymbol: 'RELIANCE-EQ',
      strike: -0.01,
      lotsize: 1,
      tick_size: 0.05
    });
    expect((await callSimulator(sim, 'search', { query: 'a' })).json.data.length).toBe(50);
    expect(
      (await callSimulator(sim, 'symbol', { symbol: 'NIFTY', exchange: 'NSE_INDEX' })).json.data.instrumenttype
    ).toBe('INDEX');
    expect((await callSimulator(sim, 'intervals', {})).json.data.minutes).toContain('5m');
    expect((await callSimulator(sim, 'ping', {})).json.data.message).toBe('pong');
    const holidays = await callSimulator(sim, 'market/holidays', { year: 2026 });
    expect(holidays.json.data.some((h: { date: string }) => h.date === '2026-01-26')).toBe(true);
    expect((await callSimulator(sim, 'market/timings', { date: '2026-12-25' })).json.data).toEqual([]);
  });

  it('answers like OpenAlgo when things are wrong', async () => {
    expect((await callSimulator({ ...sim, apiKey: 'wrong' }, 'ping', {})).json).toEqual({
      status: 'error',
      message: 'Invalid openalgo apikey'
    });
    const invalid = await callSimulator(sim, 'history', { symbol: 'SBIN', exchange: 'XYZ' });
    expect(invalid.status).toBe(400);
    expect(invalid.json.message.exchange[0]).toMatch(/^Must be one of/);
    expect(invalid.json.message.interval).toEqual(['Missing data for required field.']);
    expect((await history({ symbol: 'NOSUCH' })).status).toBe(404);
    expect((await history({ symbol: 'SBIN', interval: '2m' })).status).toBe(400);
  });

  it('refuses and logs anything outside the market-data API, never logging the key', async () => {
    const placed = await callSimulator(sim, 'placeorder', { symbol: 'SBIN', action: 'BUY', quantity: 1 });
    expect(placed.status).toBe(404);
    const entry = sim.requests.find((r) => r.path === '/api/v1/placeorder');
    expect(entry?.body).toEqual({ symbol: 'SBIN', action: 'BUY', quantity: 1 });
    expect(JSON.stringify(sim.requests)).not.toContain(sim.apiKey);
  });

  it('spaces history calls like OpenAlgo', async () => {
    const spaced = await startSimulator({ now: () => market, historySpacingMs: 200 });
    const started = Date.now();
    await Promise.all(
      [1, 2, 3, 4].map(() =>
        callSimulator(spaced, 'history', {
          symbol: 'SBIN',
          exchange: 'NSE',
          interval: 'D',
          start_date: '2026-11-01',
          end_date: '2026-11-25'
        })
      )
    );
    expect(Date.now() - started).toBeGreaterThanOrEqual(590);
    await spaced.close();
  });
});
