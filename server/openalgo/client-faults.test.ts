import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSimulator, type RunningSimulator } from '../simulator/index.js';
import { ist } from '../simulator/test-helpers.js';
import { createOpenAlgoClient, type OpenAlgoClient } from './client.js';
import type { OpenAlgoErrorKind } from './errors.js';

let sim: RunningSimulator;
let client: OpenAlgoClient;
beforeAll(async () => {
  sim = await startSimulator({ now: () => ist('2026-11-25T16:00'), historySpacingMs: 0 });
  client = createOpenAlgoClient({
    host: sim.url,
    apiKey: sim.apiKey,
    retries: 3,
    retryBaseDelayMs: 5,
    retryMaxDelayMs: 20,
    // Generous enough that a busy machine never turns a healthy answer into a time-out.
    timeoutMs: 800,
    ratePerSecond: 200,
    historyRatePerSecond: 200
  });
  // The first quote builds the symbol's series; do it before anything is timed.
  await client.quotes({ symbol: 'SBIN', exchange: 'NSE' });
});
afterAll(() => sim.close());
beforeEach(() => {
  Object.assign(sim.faults, {
    latencyMs: 0,
    errorRate: 0,
    rateLimitBurst: 0,
    malformedBody: null,
    hang: false,
    failingSymbols: []
  });
});

/** Calls quotes and returns the error kind and how many requests reached the simulator. */
async function quoteFailure(
  symbol = 'SBIN'
): Promise<{ kind?: OpenAlgoErrorKind; message?: string; requests: number }> {
  const before = sim.requests.length;
  const result = await client.quotes({ symbol, exchange: 'NSE' });
  return 'error' in result
    ? { kind: result.error.kind, message: result.error.message, requests: sim.requests.length - before }
    : { requests: sim.requests.length - before };
}

describe('OpenAlgo client under injected faults', () => {
  it('retries 500s, then reports a server error', async () => {
    sim.faults.errorRate = 1;
    expect(await quoteFailure()).toMatchObject({ kind: 'server', requests: 4 });
  });

  it('recovers when a retry succeeds', async () => {
    sim.faults.rateLimitBurst = 2;
    expect(await quoteFailure()).toEqual({ requests: 3 });
  });

  it('reports a 429 that outlasts the retries as rate-limited', async () => {
    sim.faults.rateLimitBurst = 10;
    expect(await quoteFailure()).toMatchObject({ kind: 'rate-limited', requests: 4 });
  });

  it('retries time-outs, then reports a timeout', async () => {
    sim.faults.hang = true;
    expect(await quoteFailure()).toMatchObject({ kind: 'timeout', requests: 4 });
  });

  it('times out on slow answers too', async () => {
    sim.faults.latencyMs = 2000;
    expect(await quoteFailure()).toMatchObject({ kind: 'timeout' });
  });

  it('reports malformed bodies as invalid-response without retrying', async () => {
    sim.faults.malformedBody = 'invalid-json';
    expect(await quoteFailure()).toMatchObject({ kind: 'invalid-response', requests: 1 });
    sim.faults.malformedBody = 'wrong-shape';
    expect(await quoteFailure()).toMatchObject({ kind: 'invalid-response', requests: 1 });
  });

  it('fails only the symbols told to fail, naming them', async () => {
    sim.faults.failingSymbols = ['TCS'];
    expect(await quoteFailure('TCS')).toMatchObject({ kind: 'server', message: expect.stringContaining('NSE:TCS') });
    expect(await quoteFailure('SBIN')).toEqual({ requests: 1 });
  });

  it('does not retry 400 or 404', async () => {
    expect(await quoteFailure('NOSUCH')).toMatchObject({ kind: 'not-found', requests: 1 });
    const before = sim.requests.length;
    const result = await client.history({
      symbol: 'SBIN',
      exchange: 'NSE',
      interval: '2m',
      start_date: '2026-11-01',
      end_date: '2026-11-25'
    });
    expect('error' in result && result.error.kind).toBe('invalid-request');
    expect(sim.requests.length - before).toBe(1);
  });

  it('reports a refused connection as unreachable', async () => {
    const closed = await startSimulator({});
    const url = closed.url;
    await closed.close();
    const offline = createOpenAlgoClient({ host: url, apiKey: 'k', retries: 1, retryBaseDelayMs: 1 });
    const result = await offline.ping();
    expect('error' in result && result.error.kind).toBe('unreachable');
    expect('error' in result && result.error.message).toContain('OpenAlgo ping');
  });

  it('spreads a seeded error rate the same way on every run', async () => {
    const run = async () => {
      const seeded = await startSimulator({ faults: { errorRate: 0.5, errorSeed: 42 } });
      const noRetry = createOpenAlgoClient({ host: seeded.url, apiKey: seeded.apiKey, retries: 0, ratePerSecond: 200 });
      const outcomes: boolean[] = [];
      for (let i = 0; i < 20; i++) outcomes.push('data' in (await noRetry.ping()));
      await seeded.close();
      return outcomes;
    };
    const first = await run();
    expect(await run()).toEqual(first);
    expect(first.filter(Boolean).length).toBeGreaterThan(3);
    expect(first.filter(Boolean).length).toBeLessThan(17);
  });
});
