import { afterEach, describe, expect, it, vi } from 'vitest';
import { latestCompletedSession, sessionSegments } from '../../../src-worker/calendar/index.js';
import { startSimulator, type RunningSimulator } from '../../simulator/index.js';
import { callSimulator } from '../../simulator/test-helpers.js';
import { createLiveStream, type LiveStream } from '../stream/index.js';
import { createCandleBuilder } from './candle-builder.js';
import { toInterval } from './interval-bars.js';

const day = latestCompletedSession(new Date());
const open = sessionSegments(day)[0].start;
const symbols = [
  { symbol: 'RELIANCE', exchange: 'NSE' },
  { symbol: 'NIFTY', exchange: 'NSE_INDEX' },
  { symbol: 'HDFCBANK', exchange: 'NSE' }
];
let simulator: RunningSimulator;
let live: LiveStream;

afterEach(async () => {
  live?.close();
  await simulator?.close();
});

async function historyColumns(symbol: string, exchange: string, interval: string) {
  const { json } = await callSimulator(simulator, 'history', {
    symbol,
    exchange,
    interval,
    start_date: day,
    end_date: day
  });
  return (json.data as any[]).map((row) => [row.timestamp, row.open, row.high, row.low, row.close, row.volume]);
}
const columns = (c: ReturnType<typeof toInterval>) =>
  [...c.time].map((t, i) => [t, c.open[i], c.high[i], c.low[i], c.close[i], c.volume[i]]);

describe('ticks from the simulated stream build the simulator’s own history bars', () => {
  it('rebuilds 20 one-minute bars and their 5-minute aggregation exactly, from the session open', async () => {
    let marketNow = open - 1;
    simulator = await startSimulator({ stream: { clock: { now: () => new Date(marketNow) }, pumpIntervalMs: null } });
    live = createLiveStream({
      url: simulator.stream!.url,
      apiKey: simulator.apiKey,
      symbolsPerConnection: 2,
      stallMs: 60_000,
      marketNow: () => marketNow,
      isMarketOpen: () => true
    });
    const builder = createCandleBuilder();
    let ticks = 0;
    live.onTick((tick) => {
      ticks++;
      builder.ingest(tick);
    });
    live.acquire(symbols);
    await vi.waitFor(() => expect(live.status().symbols.every((s) => s.status === 'subscribed')).toBe(true));
    marketNow = open + 20 * 60_000 - 1;
    simulator.stream!.pump();
    await vi.waitFor(() => expect(ticks).toBe(20 * 4 * symbols.length));
    builder.closeDue(open + 20 * 60_000 + 2_000);
    for (const { symbol, exchange } of symbols) {
      const minutes = builder.closedBars(`${exchange}:${symbol}`);
      expect(columns(minutes)).toEqual((await historyColumns(symbol, exchange, '1m')).slice(0, 20));
      expect(columns(toInterval(minutes, 5))).toEqual((await historyColumns(symbol, exchange, '5m')).slice(0, 4));
    }
  });
});
