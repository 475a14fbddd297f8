import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type RunningSimulator } from '../simulator/index.js';
import { ist } from '../simulator/test-helpers.js';
import { createOpenAlgoClient } from './client.js';
import { createThrottle } from './throttle.js';

let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startSimulator({ now: () => ist('2026-11-25T16:00'), historySpacingMs: 0, rateLimitPerSecond: 1000 });
});
afterAll(() => sim.close());

const SYMBOLS = [
  'SBIN',
  'TCS',
  'INFY',
  'ITC',
  'WIPRO',
  'TITAN',
  'NTPC',
  'ONGC',
  'M&M',
  'HCLTECH',
  'TECHM',
  'DRREDDY',
  'HDFCBANK',
  'ICICIBANK',
  'RELIANCE',
  'LT',
  'AXISBANK',
  'KOTAKBANK',
  'MARUTI',
  'CIPLA',
  'BEL'
];

describe('throttle in front of OpenAlgo', () => {
  it('keeps general calls near the configured rate', async () => {
    const client = createOpenAlgoClient({ host: sim.url, apiKey: sim.apiKey, ratePerSecond: 20, concurrency: 4 });
    const before = sim.requests.length;
    const started = Date.now();
    const results = await Promise.all(SYMBOLS.map((symbol) => client.quotes({ symbol, exchange: 'NSE' })));
    const elapsed = Date.now() - started;
    expect(results.every((r) => 'data' in r)).toBe(true);
    expect(sim.requests.length - before).toBe(21);
    expect(elapsed).toBeGreaterThanOrEqual(950); // 20 gaps of 50 ms
    expect(elapsed).toBeLessThan(5000);
  });

  it('paces history separately, at its own rate', async () => {
    const client = createOpenAlgoClient({
      host: sim.url,
      apiKey: sim.apiKey,
      historyRatePerSecond: 10,
      ratePerSecond: 100
    });
    const started = Date.now();
    await Promise.all(
      SYMBOLS.slice(0, 6).map((symbol) =>
        client.history({ symbol, exchange: 'NSE', interval: 'D', start_date: '2026-11-01', end_date: '2026-11-25' })
      )
    );
    expect(Date.now() - started).toBeGreaterThanOrEqual(480); // 5 gaps of 100 ms
  });

  it('shares one upstream request between identical concurrent requests', async () => {
    const client = createOpenAlgoClient({ host: sim.url, apiKey: sim.apiKey });
    const before = sim.requests.length;
    const request = {
      symbol: 'SBIN',
      exchange: 'NSE',
      interval: 'D',
      start_date: '2026-01-01',
      end_date: '2026-11-25'
    } as const;
    const results = await Promise.all([1, 2, 3, 4, 5].map((n) => client.history(request, { caller: `scan-${n}` })));
    expect(sim.requests.length - before).toBe(1);
    results.forEach((result) => expect(result).toEqual(results[0]));
    await client.history(request);
    expect(sim.requests.length - before).toBe(2); // only concurrent requests are shared
  });

  it('takes turns between callers so a big scan cannot starve a small one', async () => {
    const throttle = createThrottle({ ratePerSecond: { history: 200, general: 200 }, concurrency: 1 });
    const order: string[] = [];
    const job = (name: string) => async () => {
      order.push(name);
    };
    const big = Array.from({ length: 10 }, (_, i) => throttle.schedule('history', 'big-scan', job(`big${i}`)));
    const small = [0, 1].map((i) => throttle.schedule('history', 'chart', job(`small${i}`)));
    await Promise.all([...big, ...small]);
    expect(order.indexOf('small0')).toBeLessThanOrEqual(2);
    expect(order.indexOf('small1')).toBeLessThanOrEqual(4);
  });

  it('never runs more than the concurrency bound at once', async () => {
    const throttle = createThrottle({ ratePerSecond: { history: 1000, general: 1000 }, concurrency: 2, burst: 10 });
    let running = 0;
    let peak = 0;
    const task = async () => {
      peak = Math.max(peak, ++running);
      await new Promise((resolve) => setTimeout(resolve, 10));
      running--;
    };
    await Promise.all(Array.from({ length: 8 }, (_, i) => throttle.schedule('general', `c${i % 3}`, task)));
    expect(peak).toBe(2);
  });
});
