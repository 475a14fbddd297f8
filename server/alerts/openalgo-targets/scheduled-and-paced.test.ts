import { afterEach, beforeEach, expect, it } from 'vitest';
import { createTestApi } from '../../api/test-app.js';
import { createEventBus } from '../../events/index.js';
import { createTargetDispatcher, STRATEGY_CALLS_PER_MINUTE } from './dispatch-targets.js';
import { startFakeOpenAlgo } from './fake-openalgo.fixture.js';
import type { Trigger } from './plan-calls.js';
import { createTargetStore, type TargetStore } from './target-store.js';
import { fireTargetsOnEvents } from './wire-targets.js';

const NOW = Date.parse('2026-12-04T15:40:00+05:30');
let api: Awaited<ReturnType<typeof createTestApi>>;
let fake: Awaited<ReturnType<typeof startFakeOpenAlgo>>;
let targets: TargetStore;

beforeEach(async () => {
  api = await createTestApi();
  fake = await startFakeOpenAlgo();
  targets = await createTargetStore(api.store.client);
});
afterEach(async () => {
  await fake.close();
  api.close();
});

const strategyTarget = (dailyCap = 50) =>
  targets.create({
    kind: 'strategy',
    action: 'BUY',
    positionSize: 10,
    name: 'Swing',
    host: fake.url,
    webhookId: 'strategy-webhook-0001',
    enabled: true,
    scannerIds: null,
    fireOn: 'entered',
    dailyCap
  });
const match = (symbol: string) => ({
  symbol,
  exchange: 'NSE',
  signal: 'Match',
  columns: { Close: 100 },
  barTime: 1_764_806_400
});

it("fires a scheduled run's matches once a day: a symbol still matching in the next run does not fire again", async () => {
  await strategyTarget();
  const scanner = await api.store.scanners.create({
    name: 'Daily breakout',
    description: '',
    category: '',
    source: 'Filter = true;'
  });
  const watchlist = await api.store.watchlists.create({
    name: 'Few',
    symbols: ['SBIN', 'TCS', 'INFY'].map((symbol) => ({ symbol, exchange: 'NSE' }))
  });
  if (!('data' in scanner) || !('data' in watchlist)) throw new Error('setup failed');
  const schedule = await api.store.schedules.create({
    scannerId: scanner.data.id,
    watchlistId: watchlist.data.id,
    kind: 'daily',
    spec: { times: ['15:35'] }
  });
  if (!('data' in schedule)) throw new Error('schedule not created');
  const [scannerId, scheduleId] = [scanner.data.id, schedule.data.id];
  const bus = createEventBus();
  const dispatch = createTargetDispatcher({ targets, now: () => NOW });
  const done: Array<() => void> = [];
  const stop = fireTargetsOnEvents({
    store: api.store,
    bus,
    now: () => NOW,
    dispatch: (trigger) => dispatch(trigger).then(() => done.shift()?.())
  });

  async function scheduledRun(symbols: string[]) {
    const run = await api.store.runs.start({
      scheduleId,
      scanner: { id: scannerId, name: 'Daily breakout', source: 'Filter = true;' },
      startedAt: NOW
    });
    await api.store.runs.finish(run.id, { status: 'completed', results: symbols.map(match), finishedAt: NOW });
    const dispatched = new Promise<void>((resolve) => done.push(resolve));
    bus.publish('run-finished', {
      runId: run.id,
      scheduleId,
      status: 'completed',
      matches: symbols.length,
      errors: 0,
      message: null,
      finishedAt: NOW
    });
    await dispatched;
  }
  await scheduledRun(['SBIN', 'TCS']);
  await scheduledRun(['SBIN', 'TCS', 'INFY']);
  stop();
  expect(fake.calls.map((call) => JSON.parse(call.body))).toEqual([
    { symbol: 'SBIN', action: 'BUY', position_size: 10 },
    { symbol: 'TCS', action: 'BUY', position_size: 10 },
    { symbol: 'INFY', action: 'BUY', position_size: 10 }
  ]);
});

it('waits out the minute before the 101st strategy call', async () => {
  await strategyTarget(1_000);
  const waits: number[] = [];
  let clock = NOW;
  const dispatch = createTargetDispatcher({
    targets,
    now: () => clock,
    sleep: async (ms) => {
      waits.push(ms);
      clock += ms;
    }
  });
  const symbols = Array.from({ length: STRATEGY_CALLS_PER_MINUTE + 1 }, (_, i) => `SYM${i}`);
  const trigger: Trigger = {
    runKey: 'live:x:2026-12-04',
    scannerId: null,
    scannerName: 'Momentum',
    entered: symbols.map((s) => `NSE:${s}`),
    rows: [],
    at: NOW
  };
  await dispatch(trigger);
  expect(fake.calls).toHaveLength(STRATEGY_CALLS_PER_MINUTE + 1);
  expect(waits).toEqual([60_000]);
});
