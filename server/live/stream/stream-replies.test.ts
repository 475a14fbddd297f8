import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WebSocketServer, type WebSocket } from 'ws';
import { createLiveStream, type LiveStream } from './live-stream.js';
import type { LiveTick } from './stream-messages.js';

let server: WebSocketServer;
let live: LiveStream;

/** A stand-in stream whose replies the test scripts, to feed the client what a real one rarely does. */
async function scriptedStream(reply: (socket: WebSocket, message: any) => void) {
  server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise((resolve) => server.once('listening', resolve));
  server.on('connection', (socket) => socket.on('message', (data) => reply(socket, JSON.parse(data.toString()))));
  const ticks: LiveTick[] = [];
  live = createLiveStream({
    url: `ws://127.0.0.1:${(server.address() as AddressInfo).port}`,
    apiKey: 'secret',
    symbolsPerConnection: 500,
    stallMs: 60_000,
    marketNow: () => 1_700_000_000_000,
    isMarketOpen: () => false,
    backoff: { initialMs: 5, maxMs: 20 }
  });
  live.onTick((tick) => ticks.push(tick));
  return ticks;
}

afterEach(async () => {
  live?.close();
  server?.clients.forEach((client) => client.terminate());
  await new Promise((resolve) => server?.close(resolve));
});

describe('the stream client against malformed, partial and error replies', () => {
  it('keeps ticks with missing or string fields, drops ticks without a price and non-JSON', async () => {
    const ticks = await scriptedStream((socket, message) => {
      if (message.action === 'authenticate') return socket.send(JSON.stringify({ type: 'auth', status: 'success' }));
      socket.send(
        JSON.stringify({
          type: 'subscribe',
          status: 'success',
          subscriptions: [{ symbol: 'SBIN', exchange: 'NSE', status: 'success' }]
        })
      );
      socket.send('{oops');
      socket.send(JSON.stringify({ type: 'market_data', symbol: 'SBIN', exchange: 'NSE', data: { volume: 10 } }));
      socket.send(JSON.stringify({ type: 'market_data', symbol: 'SBIN', exchange: 'NSE', data: { ltp: 0 } }));
      socket.send(
        JSON.stringify({
          type: 'market_data',
          symbol: 'SBIN',
          exchange: 'NSE',
          data: { ltp: '801.5', ltt: 1_700_000_123 }
        })
      );
      socket.send(
        JSON.stringify({ type: 'market_data', symbol: 'SBIN', exchange: 'NSE', data: { ltp: 802, volume: 'n/a' } })
      );
    });
    live.acquire([{ symbol: 'SBIN', exchange: 'NSE' }]);
    await vi.waitFor(() => expect(ticks).toHaveLength(2));
    expect(ticks).toEqual([
      { symbol: 'SBIN', exchange: 'NSE', ltp: 801.5, volume: null, time: 1_700_000_123_000 },
      { symbol: 'SBIN', exchange: 'NSE', ltp: 802, volume: null, time: 1_700_000_000_000 }
    ]);
    expect(live.status().connections[0].lastError).toContain('not JSON');
  });

  it('marks every symbol of a subscribe answered by an error reply, and a partial ack per symbol', async () => {
    await scriptedStream((socket, message) => {
      if (message.action === 'authenticate') return socket.send(JSON.stringify({ type: 'auth', status: 'success' }));
      if (message.symbols[0].symbol === 'A')
        return socket.send(
          JSON.stringify({ status: 'error', code: 'BROKER_ERROR', message: 'broker session expired' })
        );
      socket.send(
        JSON.stringify({
          type: 'subscribe',
          status: 'partial',
          subscriptions: [
            { symbol: 'C', exchange: 'NSE', status: 'success' },
            { symbol: 'D', exchange: 'NSE', status: 'error', message: 'no token' }
          ]
        })
      );
    });
    live.acquire([{ symbol: 'A', exchange: 'NSE' }]);
    await vi.waitFor(() => expect(live.status().symbols[0].status).toBe('error'));
    live.acquire([
      { symbol: 'C', exchange: 'NSE' },
      { symbol: 'D', exchange: 'NSE' }
    ]);
    await vi.waitFor(() =>
      expect(live.status().symbols.map((s) => [s.symbol, s.status, s.message])).toEqual([
        ['A', 'error', 'BROKER_ERROR: broker session expired'],
        ['C', 'subscribed', undefined],
        ['D', 'error', 'no token']
      ])
    );
  });

  it('retries with backoff when the key is refused, saying why', async () => {
    let attempts = 0;
    await scriptedStream((socket, message) => {
      if (message.action === 'authenticate') attempts++;
      socket.send(JSON.stringify({ status: 'error', code: 'AUTHENTICATION_ERROR', message: 'Invalid API key' }));
    });
    live.acquire([{ symbol: 'SBIN', exchange: 'NSE' }]);
    await vi.waitFor(() => expect(attempts).toBeGreaterThanOrEqual(3));
    expect(live.status().connections[0].lastError).toContain('Invalid API key');
    expect(live.status().symbols[0].status).toBe('pending');
  });
});
