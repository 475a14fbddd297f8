import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import { createCandleCache, createMarketRoutes } from '../../../server/market/index.js';
import { createOpenAlgoClient } from '../../../server/openalgo/index.js';
import { startSimulator } from '../../../server/simulator/index.js';
import type { CandleStore } from './candle-db';
import { parseCandleRecord, type CandleRecord } from './candle-record';
import { createMarketApi, type MarketApi } from './market-api';

/** An IST wall-clock time as epoch ms, e.g. `istMs('2026-12-08T16:00')`. */
export const istMs = (text: string) => Date.parse(`${text}:00+05:30`);

/** A candle store in memory that, like IndexedDB, keeps structured clones and parses what it reads back. */
export function createMemoryCandleStore(): CandleStore & { values: Map<string, unknown> } {
  const values = new Map<string, unknown>();
  return {
    values,
    async readMany(keys) {
      return keys.map((key) => parseCandleRecord(structuredClone(values.get(key))));
    },
    async put(record: CandleRecord) {
      values.set(record.key, structuredClone(record));
    }
  };
}

export interface TestMarket {
  api: MarketApi;
  /** Market time for the simulator, the server cache and the loader. */
  clock: { now: number };
  /** Browser → server requests: endpoint and body, oldest first. */
  requests: Array<{ endpoint: string; body: any }>;
  /** Most requests in flight at once so far. */
  peakInFlight: number;
  /** While true, every request fails as if the network were down. */
  offline: boolean;
  close(): Promise<void>;
}

/**
 * The real FluxScan market routes over the OpenAlgo simulator, in-process, on one adjustable clock.
 * @example const market = await startTestMarket(istMs('2026-12-08T16:00'))
 */
export async function startTestMarket(start: number): Promise<TestMarket> {
  const clock = { now: start };
  const sim = await startSimulator({ now: () => new Date(clock.now), historySpacingMs: 0, rateLimitPerSecond: 10_000 });
  const directory = await mkdtemp(join(tmpdir(), 'fluxscan-candles-'));
  const client = createOpenAlgoClient({
    host: sim.url,
    apiKey: sim.apiKey,
    source: 'simulator',
    retries: 0,
    historyRatePerSecond: 1000,
    ratePerSecond: 1000
  });
  const cache = createCandleCache({ directory, client, now: () => new Date(clock.now) });
  const app = new Hono().route('/api/market', createMarketRoutes({ client, cache }));
  let inFlight = 0;
  const market: TestMarket = {
    clock,
    requests: [],
    peakInFlight: 0,
    offline: false,
    api: createMarketApi({
      async fetch(input, init) {
        if (market.offline) throw new TypeError('Failed to fetch');
        market.requests.push({ endpoint: input.replace('/api/market/', ''), body: JSON.parse(String(init.body)) });
        market.peakInFlight = Math.max(market.peakInFlight, ++inFlight);
        try {
          return await app.request(input, init);
        } finally {
          inFlight--;
        }
      }
    }),
    async close() {
      await sim.close();
      await rm(directory, { recursive: true, force: true });
    }
  };
  return market;
}
