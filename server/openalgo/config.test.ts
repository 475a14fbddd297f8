import { describe, expect, it } from 'vitest';
import { loadOpenAlgoConfig } from './config.js';
import { flattenMessage, redact } from './errors.js';

describe('loadOpenAlgoConfig', () => {
  it('defaults to the simulator and OpenAlgo-friendly limits', () => {
    expect(loadOpenAlgoConfig({})).toEqual({
      data: {
        host: null,
        apiKey: null,
        historyRatePerSecond: 3,
        ratePerSecond: 10,
        concurrency: 4,
        timeoutMs: 15000,
        retries: 3
      }
    });
  });

  it('reads rates written as "3", "3/s" or "3 per second"', () => {
    const config = loadOpenAlgoConfig({
      OPENALGO_HOST: 'http://127.0.0.1:5000',
      OPENALGO_API_KEY: 'key',
      OPENALGO_HISTORY_RATE: '2.5/s',
      OPENALGO_RATE: '20 per second'
    });
    expect(config).toMatchObject({
      data: { host: 'http://127.0.0.1:5000', historyRatePerSecond: 2.5, ratePerSecond: 20 }
    });
  });

  it('explains every bad value at once', () => {
    const config = loadOpenAlgoConfig({
      OPENALGO_HOST: 'ftp://x',
      OPENALGO_HISTORY_RATE: 'fast',
      OPENALGO_CONCURRENCY: '0'
    });
    expect('error' in config && config.error).toMatch(/OPENALGO_HOST must be an http\(s\) URL/);
    expect('error' in config && config.error).toMatch(/OPENALGO_HISTORY_RATE must be a number/);
    expect('error' in config && config.error).toMatch(/OPENALGO_CONCURRENCY must be at least 1/);
  });

  it('asks for the key when a host is set', () => {
    expect(loadOpenAlgoConfig({ OPENALGO_HOST: 'http://h:5000' })).toEqual({
      error: expect.stringMatching(/OPENALGO_API_KEY is required/)
    });
  });
});

describe('error helpers', () => {
  it('flattens marshmallow field maps', () => {
    expect(flattenMessage({ symbols: { 0: { exchange: ['Must be one of: NSE.'] } }, interval: ['Missing.'] })).toBe(
      'symbols.0.exchange: Must be one of: NSE.; interval: Missing.'
    );
  });

  it('redacts a secret wherever it appears', () => {
    expect(redact('key abc and abc again', 'abc')).toBe('key *** and *** again');
  });
});
