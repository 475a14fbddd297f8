import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { createAlertRoutes } from '../../../server/alerts/alert-routes.js';
import { createTestApi } from '../../../server/api/test-app.js';
import { getScheduleAlerts, saveScheduleAlerts } from './schedule-api';

let api: Awaited<ReturnType<typeof createTestApi>>;
let server: ReturnType<typeof serve>;
let scheduleId: string;

beforeAll(async () => {
  api = await createTestApi();
  api.app.route('/api/alerts', createAlertRoutes(api.store));
  const scanner = await api.store.scanners.create({
    name: 'Ranked',
    description: '',
    category: '',
    source: 'Filter = 1;\nRank = close;'
  });
  const watchlist = await api.store.watchlists.create({
    name: 'Two',
    symbols: [
      { symbol: 'SBIN', exchange: 'NSE' },
      { symbol: 'INFY', exchange: 'NSE' }
    ]
  });
  if ('error' in scanner || 'error' in watchlist) throw new Error('fixture failed');
  const schedule = await api.store.schedules.create({
    scannerId: scanner.data.id,
    watchlistId: watchlist.data.id,
    kind: 'daily',
    spec: { times: ['16:05'] }
  });
  if ('error' in schedule) throw new Error(schedule.error.message);
  scheduleId = schedule.data.id;
  const baseUrl = await new Promise<string>((resolve) => {
    server = serve({ fetch: api.app.fetch, port: 0, hostname: '127.0.0.1' }, () =>
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)
    );
  });
  // The app calls its own origin ('/api/…'); here that origin is the real server on its port.
  const networkFetch = globalThis.fetch;
  vi.stubGlobal('fetch', (input: string, init?: RequestInit) => networkFetch(new URL(input, baseUrl), init));
});

afterAll(async () => {
  vi.unstubAllGlobals();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  api.close();
});

it("keeps a schedule's top N through the server: saved, read back, and turned off", async () => {
  const alerts = { enabled: true, onlyNew: false, channels: null, enteredTop: 20 };
  expect(await saveScheduleAlerts(scheduleId, alerts)).toEqual({ data: { alerts } });
  expect(await getScheduleAlerts(scheduleId)).toEqual({ data: { alerts } });
  expect(
    await api.store.client.execute({
      sql: 'SELECT entered_top FROM schedule_alerts WHERE schedule_id = ?',
      args: [scheduleId]
    })
  ).toMatchObject({ rows: [{ entered_top: 20 }] });

  await saveScheduleAlerts(scheduleId, { ...alerts, onlyNew: true, enteredTop: null });
  expect(await getScheduleAlerts(scheduleId)).toEqual({
    data: { alerts: { ...alerts, onlyNew: true, enteredTop: null } }
  });
});

it("shows the server's refusal of a top N under its field", async () => {
  const answer = await saveScheduleAlerts(scheduleId, {
    enabled: true,
    onlyNew: false,
    channels: null,
    enteredTop: 10_001
  });
  expect(answer).toMatchObject({ error: { status: 400, fields: { enteredTop: ['enteredTop goes up to 10000'] } } });
});
