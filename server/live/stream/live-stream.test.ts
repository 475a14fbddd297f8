import { afterEach, describe, expect, it, vi } from 'vitest';
import { latestCompletedSession, sessionSegments } from '../../../src-worker/calendar/index.js';
import { startSimulator, type RunningSimulator } from '../../simulator/index.js';
import { createLiveStream, type LiveStream } from './live-stream.js';
import type { LiveTick } from './stream-messages.js';

const open = sessionSegments(latestCompletedSession(new Date()))[0].start;
let marketNow = open + 60 * 60_000 - 1;
let simulator: RunningSimulator;
let live: LiveStream;

async function setUp(options: { symbolsPerConnection?: number; stallMs?: number } = {}) {
  simulator = await startSimulator({ stream: { clock: { now: () => new Date(marketNow) }, pumpIntervalMs: null } });
  live = createLiveStream({
    url: simulator.stream!.url,
    apiKey: simulator.apiKey,
    symbolsPerConnection: options.symbolsPerConnection ?? 500,
    stallMs: options.stallMs ?? 60_000,
    marketNow: () => marketNow,
    isMarketOpen: () => true,
    backoff: { initialMs: 5, maxMs: 20 }
  });
  const ticks: LiveTick[] = [];
  live.onTick((tick) => ticks.push(tick));
  return { stream: simulator.stream!, ticks };
}

const statusOf = (symbol: string) => live.status().symbols.find((s) => s.symbol === symbol);
const advance = (ms: number) => {
  marketNow += ms;
  simulator.stream!.pump();
};

afterEach(async () => {
  live?.close();
  await simulator?.close();
  marketNow = open + 60 * 60_000 - 1;
});

describe('the live market-data stream', () => {
  it('spreads symbols over connections, reports per-symbol subscribe errors, and delivers parsed ticks', async () => {
    const { stream, ticks } = await setUp({ symbolsPerConnection: 2 });
    stream.faults.failingSymbols = ['TCS'];
    live.acquire([
      { symbol: 'RELIANCE', exchange: 'NSE' },
      { symbol: 'TCS', exchange: 'NSE' },
      { symbol: 'NOSUCH', exchange: 'NSE' }
    ]);
    await vi.waitFor(() =>
      expect(live.status().symbols.map((s) => s.status)).toEqual(['subscribed', 'error', 'error'])
    );
    expect(statusOf('TCS')!.message).toContain('refused');
    expect(statusOf('NOSUCH')!.message).toContain('not found');
    expect(live.status().connections).toHaveLength(2);
    expect(stream.connections()).toBe(2);
    advance(60_000);
    await vi.waitFor(() => expect(ticks).toHaveLength(4));
    expect(ticks.every((t) => t.symbol === 'RELIANCE' && t.volume! > 0 && t.time >= open + 60 * 60_000)).toBe(true);
    expect(statusOf('RELIANCE')!.lastTickAt).toBe(ticks[3].time);
  });

  it('subscribes a symbol once however many users hold it, and unsubscribes after the last', async () => {
    const { stream, ticks } = await setUp();
    const sbin = [{ symbol: 'SBIN', exchange: 'NSE' }];
    live.acquire(sbin);
    live.acquire([{ symbol: 'sbin', exchange: 'nse' }]);
    await vi.waitFor(() => expect(statusOf('SBIN')?.status).toBe('subscribed'));
    live.release(sbin);
    advance(15_000);
    await vi.waitFor(() => expect(ticks).toHaveLength(1));
    live.release(sbin);
    expect(live.status().symbols).toEqual([]);
    await vi.waitFor(() => expect(stream.connections()).toBe(0));
  });

  it('reconnects, authenticates and subscribes again after the stream drops the socket', async () => {
    const { stream, ticks } = await setUp();
    live.acquire([{ symbol: 'INFY', exchange: 'NSE' }]);
    await vi.waitFor(() => expect(statusOf('INFY')?.status).toBe('subscribed'));
    stream.dropConnections();
    await vi.waitFor(() => expect(live.status().connections[0].reconnects).toBe(1));
    await vi.waitFor(() => expect(statusOf('INFY')?.status).toBe('subscribed'));
    advance(15_000);
    await vi.waitFor(() => expect(ticks.length).toBeGreaterThan(0));
  });

  it('reconnects after a silent stall during market hours', async () => {
    const { stream, ticks } = await setUp({ stallMs: 50 });
    live.acquire([{ symbol: 'ITC', exchange: 'NSE' }]);
    await vi.waitFor(() => expect(statusOf('ITC')?.status).toBe('subscribed'));
    stream.faults.stalled = true;
    await vi.waitFor(() => expect(live.status().connections[0].stalls).toBeGreaterThan(0));
    expect(live.status().connections[0].lastError).toContain('no tick');
    stream.faults.stalled = false;
    await vi.waitFor(() => expect(live.status().connections[0].state).toBe('ready'));
    await vi.waitFor(() => {
      advance(15_000);
      expect(ticks.length).toBeGreaterThan(0);
    });
  });
});
