import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, json } from './test-app.js';

let api: Awaited<ReturnType<typeof createTestApi>>;
let scannerId: string;
let watchlistId: string;
beforeAll(async () => {
  api = await createTestApi();
  scannerId = (await (await api.app.request('/api/scanners', json('POST', { name: 'S', source: 'x' }))).json()).scanner
    .id;
  watchlistId = (await (await api.app.request('/api/watchlists', json('POST', { name: 'W', symbols: [] }))).json())
    .watchlist.id;
});
afterAll(() => api.close());

const create = (body: object) => api.app.request('/api/schedules', json('POST', { scannerId, watchlistId, ...body }));
const fieldsOf = async (response: Response) => (await response.json()).error.fields;

describe('/api/schedules', () => {
  it.each([
    [{ kind: 'once', spec: { at: Date.parse('2030-01-02T03:45:00Z') } }],
    [{ kind: 'interval', spec: { minutes: 15 }, marketHoursOnly: true }],
    [{ kind: 'daily', spec: { times: ['15:20', '09:20', '09:20'] } }],
    [{ kind: 'weekly', spec: { days: ['fri', 'mon'], times: ['09:15'] }, timezone: 'Europe/London' }],
    [{ kind: 'cron', spec: { expression: '*/5 9-15 * * 1-5' }, enabled: false }]
  ])('creates a %o schedule', async (body) => {
    const response = await create(body);
    expect(response.status).toBe(201);
    const { schedule } = await response.json();
    expect(schedule).toMatchObject({ scannerId, watchlistId, kind: body.kind, nextRunAt: null, lastRunAt: null });
    expect(schedule.timezone).toBe('timezone' in body ? body.timezone : 'Asia/Kolkata');
    if (body.kind === 'daily') expect(schedule.spec).toEqual({ times: ['09:20', '15:20'] });
    if (body.kind === 'weekly') expect(schedule.spec.days).toEqual(['mon', 'fri']);
  });

  it('refuses bad timings with the field that is wrong', async () => {
    expect(await fieldsOf(await create({ kind: 'cron', spec: { expression: 'every day' } }))).toEqual({
      'spec.expression': ['not a valid cron expression']
    });
    expect(await fieldsOf(await create({ kind: 'daily', spec: { times: ['9:20', '24:00'] } }))).toMatchObject({
      'spec.times.0': [expect.stringContaining('HH:MM')],
      'spec.times.1': [expect.any(String)]
    });
    expect(await fieldsOf(await create({ kind: 'interval', spec: { minutes: 0 } }))).toEqual({
      'spec.minutes': ['N minutes is at least 1']
    });
    expect(
      await fieldsOf(await create({ kind: 'weekly', spec: { days: ['funday'], times: ['09:00'] } }))
    ).toHaveProperty(['spec.days.0']);
    expect(await fieldsOf(await create({ kind: 'hourly', spec: {} }))).toHaveProperty('kind');
    expect(
      await fieldsOf(await create({ kind: 'daily', spec: { times: ['09:00'] }, timezone: 'Mars/Olympus' }))
    ).toHaveProperty('timezone');
    expect(await fieldsOf(await create({ kind: 'daily' }))).toHaveProperty('spec');
  });

  it('refuses unknown scanners or watchlists with 400 naming the field', async () => {
    const response = await api.app.request(
      '/api/schedules',
      json('POST', { scannerId: 'nope', watchlistId, kind: 'interval', spec: { minutes: 5 } })
    );
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: { message: 'no scanner "nope"', fields: { scannerId: ['no scanner "nope"'] } }
    });
  });

  it('updates, lists, filters and deletes; a new timing clears nextRunAt for the scheduler', async () => {
    const { schedule } = await (await create({ kind: 'interval', spec: { minutes: 5 } })).json();
    await api.store.schedules.setRunTimes(schedule.id, { nextRunAt: 123, lastRunAt: 100 });
    const paused = await api.app.request(`/api/schedules/${schedule.id}`, json('PATCH', { enabled: false }));
    expect(await paused.json()).toMatchObject({ schedule: { enabled: false, nextRunAt: 123, lastRunAt: 100 } });
    const retimed = await api.app.request(
      `/api/schedules/${schedule.id}`,
      json('PATCH', { kind: 'daily', spec: { times: ['10:00'] } })
    );
    expect(await retimed.json()).toMatchObject({
      schedule: { kind: 'daily', spec: { times: ['10:00'] }, nextRunAt: null, lastRunAt: 100 }
    });
    expect(
      (await api.app.request(`/api/schedules/${schedule.id}`, json('PATCH', { spec: { minutes: 3 } }))).status
    ).toBe(400);

    const disabled = await (await api.app.request('/api/schedules?enabled=false')).json();
    expect(disabled.schedules.every((s: { enabled: boolean }) => !s.enabled)).toBe(true);
    expect((await api.app.request(`/api/schedules/${schedule.id}`)).status).toBe(200);
    expect((await api.app.request(`/api/schedules/${schedule.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await api.app.request(`/api/schedules/${schedule.id}`)).status).toBe(404);
    expect((await api.app.request(`/api/schedules/${schedule.id}`, json('PATCH', { enabled: true }))).status).toBe(404);
  });

  it("states the scheduler's last skip on the schedule", async () => {
    const { schedule } = await (await create({ kind: 'once', spec: { at: 1_000 } })).json();
    expect(schedule.lastSkip).toBeNull();
    const skip = { at: 2_000, dueAt: 1_000, reason: 'missed by more than the grace period' };
    await api.store.schedules.setRunTimes(schedule.id, { nextRunAt: null, skip });
    expect(await (await api.app.request(`/api/schedules/${schedule.id}`)).json()).toMatchObject({
      schedule: { lastSkip: skip }
    });
    const listed = await (await api.app.request('/api/schedules')).json();
    expect(listed.schedules.find((s: { id: string }) => s.id === schedule.id).lastSkip).toEqual(skip);
  });

  it('goes away with its scanner', async () => {
    const scanner = (
      await (await api.app.request('/api/scanners', json('POST', { name: 'Doomed', source: 'x' }))).json()
    ).scanner;
    const { schedule } = await (
      await api.app.request(
        '/api/schedules',
        json('POST', { scannerId: scanner.id, watchlistId, kind: 'interval', spec: { minutes: 1 } })
      )
    ).json();
    await api.app.request(`/api/scanners/${scanner.id}`, { method: 'DELETE' });
    expect((await api.app.request(`/api/schedules/${schedule.id}`)).status).toBe(404);
  });
});
