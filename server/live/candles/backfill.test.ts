import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { latestCompletedSession, sessionSegments } from '../../../src-worker/calendar/index.js';
import { createCandleCache } from '../../market/index.js';
import { createOpenAlgoClient } from '../../openalgo/index.js';
import { startSimulator, type RunningSimulator } from '../../simulator/index.js';
import { callSimulator } from '../../simulator/test-helpers.js';
import { backfillDay } from './backfill.js';
import { createCandleBuilder } from './candle-builder.js';

const day = latestCompletedSession(new Date());
const open = sessionSegments(day)[0].start;
let simulator: RunningSimulator;
let directory: string;

afterEach(async () => {
  await simulator?.close();
  await rm(directory, { recursive: true, force: true });
});

describe('back-fill from history', () => {
  it('replaces a partial live bar and fills the minutes before joining, through the candle cache', async () => {
    simulator = await startSimulator({ historySpacingMs: 0 });
    directory = await mkdtemp(join(tmpdir(), 'fluxscan-live-'));
    const client = createOpenAlgoClient({
      host: simulator.url,
      apiKey: simulator.apiKey,
      source: 'simulator',
      retries: 0
    });
    const cache = createCandleCache({ directory, client });
    const builder = createCandleBuilder();
    // Joined at 10:00:30 without a volume base: the 10:00 bar is partial.
    builder.ingest({ symbol: 'SBIN', exchange: 'NSE', ltp: 1, volume: 123, time: open + 45 * 60_000 + 30_000 });
    builder.ingest({ symbol: 'SBIN', exchange: 'NSE', ltp: 2, volume: 150, time: open + 46 * 60_000 + 10_000 });
    const failures = await backfillDay({
      cache,
      builder,
      instruments: [
        { symbol: 'SBIN', exchange: 'NSE' },
        { symbol: 'NOSUCH', exchange: 'NSE' }
      ],
      nowMs: open + 46 * 60_000 + 20_000,
      caller: 'live:test'
    });
    expect(failures).toMatchObject([{ symbol: 'NOSUCH', message: expect.any(String) }]);
    const { json } = await callSimulator(simulator, 'history', {
      symbol: 'SBIN',
      exchange: 'NSE',
      interval: '1m',
      start_date: day,
      end_date: day
    });
    const bars = builder.closedBars('NSE:SBIN');
    expect(bars.time.length).toBe(46);
    expect([...bars.time]).toEqual(json.data.slice(0, 46).map((row: any) => row.timestamp));
    expect([...bars.close]).toEqual(json.data.slice(0, 46).map((row: any) => row.close));
    expect(builder.forming('NSE:SBIN')).toMatchObject({ open: 2, volume: 27 });
  });
});
