import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { latestCompletedSession, sessionSegments } from '../../../src-worker/calendar/index.js';
import { createEventBus, type ServerEvent } from '../../events/index.js';
import { createSharedScanPool, type SharedScanPool } from '../../headless/index.js';
import { createCandleCache, type CandleCache } from '../../market/index.js';
import { createOpenAlgoClient } from '../../openalgo/index.js';
import { startSimulator, type RunningSimulator } from '../../simulator/index.js';
import { openStore, storePath, type Store } from '../../store/index.js';
import { createCandleBuilder } from '../candles/index.js';
import { createLiveScanRunner } from './live-scan-runner.js';
import { createLiveScanRepository } from './live-scan-store.js';

const SOURCE = `/**
 * @interval 1m
 * @lookback 20
 */
Filter = last(close) > last(ta.SMA(close, 10));
`;
const open = sessionSegments(latestCompletedSession(new Date()))[0].start;
const marketNow = open + 40 * 60_000 + 5_000;
let dir: string;
let simulator: RunningSimulator;
let store: Store;
let cache: CandleCache;
let pool: SharedScanPool;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'fluxscan-live-runner-'));
  simulator = await startSimulator({ historySpacingMs: 0, rateLimitPerSecond: 1000 });
  cache = createCandleCache({
    directory: join(dir, 'candles'),
    client: createOpenAlgoClient({
      host: simulator.url,
      apiKey: simulator.apiKey,
      source: 'simulator',
      historyRatePerSecond: 1000,
      retries: 0
    })
  });
  store = await openStore(storePath(dir));
  pool = createSharedScanPool({ size: 1 });
});

afterAll(async () => {
  pool.close();
  store.close();
  await simulator.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a live scan runner', () => {
  it('runs one rescan at a time: closes while one runs wait, and a newer close replaces a waiting one, said in the event', async () => {
    const repository = createLiveScanRepository(store.client);
    const bus = createEventBus({ firstId: 1 });
    const events: ServerEvent[] = [];
    bus.subscribe((event) => events.push(event));
    const symbols = [
      { symbol: 'SBIN', exchange: 'NSE' },
      { symbol: 'NOSUCH', exchange: 'NSE' }
    ];
    const scan = await repository.create(
      { scannerId: 'x', watchlistId: null, symbols, interval: '1m', params: {} },
      Date.now()
    );
    const runner = createLiveScanRunner(
      { pool, cache, builder: createCandleBuilder(), repository, bus, marketNow: () => marketNow },
      scan,
      { source: SOURCE, lookback: 20 }
    );
    void runner.prepare();
    const bar = (minute: number) => (open + minute * 60_000) / 1000;
    runner.barClosed(bar(37));
    runner.barClosed(bar(38));
    runner.barClosed(bar(39));
    expect(runner.state()).toMatchObject({ scanning: true, coalesced: 1 });
    await runner.idle();
    const published = events
      .filter((e) => e.type === 'live-scan')
      .map((e) => e.data as { barTime: number; coalesced: number; errors: number });
    expect(published.map(({ barTime, coalesced }) => ({ barTime, coalesced }))).toEqual([
      { barTime: bar(37), coalesced: 0 },
      { barTime: bar(39), coalesced: 1 }
    ]);
    // NOSUCH has no bars at all: counted as an error on every bar, the scan goes on.
    expect(published.every((e) => e.errors === 1)).toBe(true);
    expect(runner.state().historyErrors).toMatchObject([{ symbol: 'NOSUCH' }]);
    expect((await repository.latest(scan.id))?.barTime).toBe(bar(39));
    runner.stop();
  });
});
