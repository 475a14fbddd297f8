import { describe, expect, it } from 'vitest';
import { loadStreamSettings } from './stream-config.js';

describe('stream settings', () => {
  it('defaults to OpenAlgo’s local WebSocket, 500 symbols per connection and a 30 s stall limit', () => {
    expect(loadStreamSettings({})).toEqual({
      data: { url: 'ws://127.0.0.1:8765', symbolsPerConnection: 500, stallMs: 30_000 }
    });
  });

  it('takes a wss URL behind a proxy and refuses an http one with a reason', () => {
    expect(loadStreamSettings({ OPENALGO_WS_URL: 'wss://algo.example.com/ws' })).toMatchObject({
      data: { url: 'wss://algo.example.com/ws' }
    });
    expect(loadStreamSettings({ OPENALGO_WS_URL: 'http://x', FLUXSCAN_STREAM_SYMBOLS_PER_CONNECTION: '0' })).toEqual({
      error:
        'OPENALGO_WS_URL must be a ws(s) URL such as ws://127.0.0.1:8765; FLUXSCAN_STREAM_SYMBOLS_PER_CONNECTION must be at least 1'
    });
  });
});
