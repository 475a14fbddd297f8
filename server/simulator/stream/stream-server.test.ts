import { afterEach, describe, expect, it } from 'vitest';
import { latestCompletedSession, sessionSegments } from '../../../src-worker/calendar/index.js';
import { startSimulator, type RunningSimulator } from '../start-simulator.js';
import { callSimulator, rowTimes } from '../test-helpers.js';
import { connectTestClient, type TestStreamClient } from './stream-test-client.js';

const day = latestCompletedSession(new Date());
const open = sessionSegments(day)[0].start;
let simulator: RunningSimulator;
const opened: TestStreamClient[] = [];
let marketNow = open + 45 * 60_000 - 1;

async function start(authTimeoutMs = 15_000) {
  simulator = await startSimulator({
    stream: { clock: { now: () => new Date(marketNow) }, pumpIntervalMs: null, authTimeoutMs }
  });
  return simulator.stream!;
}

async function client(authenticate = true) {
  const connected = await connectTestClient(simulator.stream!.url);
  opened.push(connected);
  if (authenticate) {
    connected.send({ action: 'authenticate', api_key: simulator.apiKey });
    await connected.next((m) => m.type === 'auth');
  }
  return connected;
}

afterEach(async () => {
  opened.splice(0).forEach((c) => c.socket.terminate());
  await simulator?.close();
  marketNow = open + 45 * 60_000 - 1;
});

describe('the simulator speaks OpenAlgo’s market-data WebSocket', () => {
  it('authenticates with the key and reports a wrong key as an error', async () => {
    await start();
    const wrong = await client(false);
    wrong.send({ action: 'authenticate', api_key: 'nope' });
    expect(await wrong.next((m) => m.status === 'error')).toMatchObject({ code: 'AUTHENTICATION_ERROR' });
    wrong.send({ action: 'subscribe', symbols: [{ symbol: 'SBIN', exchange: 'NSE' }] });
    expect(await wrong.next((m) => m.code === 'NOT_AUTHENTICATED')).toMatchObject({ status: 'error' });
    wrong.send({ action: 'authenticate', apikey: simulator.apiKey });
    expect(await wrong.next((m) => m.type === 'auth')).toMatchObject({ status: 'success', broker: 'simulator' });
  });

  it('acks a partial subscribe with per-symbol errors and rejects bad messages', async () => {
    const stream = await start();
    stream.faults.failingSymbols = ['TCS'];
    const socket = await client();
    socket.send({
      action: 'subscribe',
      symbols: [
        { symbol: 'SBIN', exchange: 'NSE' },
        { symbol: 'NOSUCH', exchange: 'NSE' },
        { symbol: 'TCS', exchange: 'NSE' }
      ],
      mode: 2
    });
    const ack = await socket.next((m) => m.type === 'subscribe');
    expect(ack.status).toBe('partial');
    expect(ack.subscriptions.map((s: any) => [s.symbol, s.status])).toEqual([
      ['SBIN', 'success'],
      ['NOSUCH', 'error'],
      ['TCS', 'error']
    ]);
    socket.send({ action: 'subscribe', instruments: [{ symbol: 'SBIN', exchange: 'NSE' }] });
    expect(await socket.next((m) => m.code === 'INVALID_PARAMETERS')).toMatchObject({
      message: expect.stringContaining('symbols')
    });
    socket.send({ action: 'subscribe', symbols: [{ symbol: 'SBIN', exchange: 'NSE' }], mode: 'Candles' });
    await socket.next((m) => m.code === 'INVALID_MODE');
    socket.send('{not json');
    await socket.next((m) => m.code === 'INVALID_JSON');
    socket.send({ action: 'trade' });
    await socket.next((m) => m.code === 'INVALID_ACTION');
  });

  it('closes a socket that never authenticates with code 4401', async () => {
    await start(50);
    const idle = await client(false);
    expect(await idle.closed).toBe(4401);
  });

  it('sends Quote ticks that rebuild the simulator’s own one-minute history bars', async () => {
    const stream = await start();
    const socket = await client();
    socket.send({ action: 'subscribe', symbols: [{ symbol: 'RELIANCE', exchange: 'NSE' }], mode: 'Quote' });
    await socket.next((m) => m.type === 'subscribe');
    marketNow = open + 50 * 60_000 - 1;
    stream.pump();
    await socket.next((m) => m.type === 'market_data' && m.data.timestamp === open + 49 * 60_000 + 45_000);
    const ticks = socket.messages.filter((m) => m.type === 'market_data').map((m) => m.data);
    expect(ticks).toHaveLength(5 * 4);
    const history = await callSimulator(simulator, 'history', {
      symbol: 'RELIANCE',
      exchange: 'NSE',
      interval: '1m',
      start_date: day,
      end_date: day
    });
    const rows = history.json.data as any[];
    const times = rowTimes(rows).map(Number);
    for (let minute = 0; minute < 5; minute++) {
      const start = open + (45 + minute) * 60_000;
      const inMinute = ticks.filter((t) => t.timestamp >= start && t.timestamp < start + 60_000);
      const row = rows[times.indexOf(start / 1000)];
      const before = rows.slice(0, times.indexOf(start / 1000)).reduce((sum, r) => sum + r.volume, 0);
      expect({
        open: inMinute[0].ltp,
        high: Math.max(...inMinute.map((t) => t.ltp)),
        low: Math.min(...inMinute.map((t) => t.ltp)),
        close: inMinute[3].ltp,
        volume: inMinute[3].volume - before
      }).toEqual({ open: row.open, high: row.high, low: row.low, close: row.close, volume: row.volume });
    }
    expect(ticks[0]).toMatchObject({
      ltt: open + 45 * 60_000,
      close: expect.any(Number),
      last_trade_quantity: expect.any(Number)
    });
  });

  it('stalls silently, resumes, and drops connections when asked', async () => {
    const stream = await start();
    const socket = await client();
    socket.send({ action: 'subscribe', symbols: [{ symbol: 'SBIN', exchange: 'NSE' }] });
    await socket.next((m) => m.type === 'subscribe');
    stream.faults.stalled = true;
    marketNow += 60_000;
    stream.pump();
    stream.faults.stalled = false;
    marketNow += 15_000;
    stream.pump();
    const tick = await socket.next((m) => m.type === 'market_data');
    expect(tick.data.timestamp).toBe(open + 46 * 60_000);
    expect(socket.messages.filter((m) => m.type === 'market_data')).toHaveLength(1);
    socket.send({ action: 'unsubscribe_all' });
    await socket.next((m) => m.type === 'unsubscribe');
    stream.dropConnections();
    expect(await socket.closed).toBe(1006);
  });
});
