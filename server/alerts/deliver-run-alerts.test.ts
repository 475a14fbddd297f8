import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEventBus, type ServerEvent } from '../events/index.js';
import { OpenAlgoError } from '../openalgo/index.js';
import { openStore, storePath, type RunResult, type Store } from '../store/index.js';
import { deliverRunAlerts } from './deliver-run-alerts.js';
import { createScheduleAlertRepository } from './schedule-alerts.js';

let dir: string;
let store: Store;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'fluxscan-alerts-'));
  store = await openStore(storePath(dir));
});
afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

const match = (symbol: string): RunResult => ({ symbol, exchange: 'NSE', signal: 'BUY', columns: {}, barTime: null });

async function completedRun(scheduleId: string, symbols: string[], startedAt: number) {
  const run = await store.runs.start({
    scheduleId,
    scanner: { id: null, name: 'Breakout', source: '' },
    watchlist: { id: null, name: 'NIFTY 50', symbols: 50 },
    startedAt
  });
  return {
    run: (await store.runs.finish(run.id, {
      status: 'completed',
      results: symbols.map(match),
      finishedAt: startedAt + 1
    }))!,
    matches: symbols.map(match)
  };
}

async function scheduleId() {
  const scanner = await store.scanners.create({
    name: 'Breakout',
    description: '',
    category: '',
    source: 'Filter = 1'
  });
  const watchlist = await store.watchlists.create({ name: 'NIFTY 50', symbols: [] });
  if ('error' in scanner || 'error' in watchlist) throw new Error('fixture failed');
  const schedule = await store.schedules.create({
    scannerId: scanner.data.id,
    watchlistId: watchlist.data.id,
    kind: 'interval',
    spec: { minutes: 5 }
  });
  if ('error' in schedule) throw new Error('fixture failed');
  return schedule.data.id;
}

describe('run alerts', () => {
  it('with onlyNew, alerts only symbols that did not match in the previous run', async () => {
    const id = await scheduleId();
    await createScheduleAlertRepository(store.client).set(id, { enabled: true, onlyNew: true, channels: ['browser'] });
    const bus = createEventBus();
    const events: ServerEvent[] = [];
    bus.subscribe((event) => events.push(event));
    const client = { telegramNotify: async () => ({ data: {} }) };
    const first = await completedRun(id, ['SBIN', 'TCS'], 1_000);
    expect(await deliverRunAlerts({ store, client, bus }, first)).toHaveLength(1);
    const second = await completedRun(id, ['SBIN', 'TCS', 'INFY'], 2_000);
    await deliverRunAlerts({ store, client, bus }, second);
    const third = await completedRun(id, ['INFY'], 3_000);
    expect(await deliverRunAlerts({ store, client, bus }, third)).toEqual([]);
    const notifications = events.map((e) => (e.type === 'alert-delivered' ? e.data.notification : null));
    expect(notifications).toEqual([
      { title: 'Breakout: 2 new matches on NIFTY 50', body: 'SBIN BUY\nTCS BUY' },
      { title: 'Breakout: 1 new match on NIFTY 50', body: 'INFY BUY' }
    ]);
  });

  it('records a Telegram failure from OpenAlgo (e.g. the bot is stopped)', async () => {
    const id = await scheduleId();
    await store.settings.set('alerts', { telegram: { username: 'trader' }, browser: false });
    const client = {
      telegramNotify: async () => ({
        error: new OpenAlgoError(
          'server',
          'OpenAlgo telegram/notify failed: bot is not running',
          'telegram/notify',
          409
        )
      })
    };
    const [delivery] = await deliverRunAlerts(
      { store, client, bus: createEventBus() },
      await completedRun(id, ['SBIN'], 1_000)
    );
    expect(delivery).toMatchObject({
      channel: 'telegram',
      status: 'failed',
      attempts: 1,
      lastError: 'OpenAlgo telegram/notify failed: bot is not running'
    });
  });
});
