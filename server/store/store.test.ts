import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openDatabase } from './database.js';
import { openStore, storePath, type Store } from './index.js';
import { migrate, MIGRATIONS } from './migrations.js';
import { startOfKolkataDay } from './stats.js';

const dir = mkdtempSync(join(tmpdir(), 'fluxscan-store-'));
let store: Store;
beforeAll(async () => (store = await openStore(storePath(dir))));
afterAll(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});
const scanner = { id: 's1', name: 'RSI', source: 'x' };

describe('opening the store', () => {
  it('uses WAL with synchronous=FULL and records each migration once', async () => {
    expect((await store.client.execute('PRAGMA journal_mode')).rows[0][0]).toBe('wal');
    expect((await store.client.execute('PRAGMA synchronous')).rows[0][0]).toBe(2);
    expect(await migrate(store.client)).toEqual([]);
    const versions = await store.client.execute('SELECT version FROM schema_migrations');
    expect(versions.rows.map((row) => row.version)).toEqual(MIGRATIONS.map((m) => m.version));
  });

  it('rolls a failing migration back whole', async () => {
    const client = await openDatabase(join(dir, 'broken.db'));
    const broken = [{ version: 1, name: 'half', statements: ['CREATE TABLE a (x)', 'CREATE TABLE a (y)'] }];
    await expect(migrate(client, broken)).rejects.toThrow();
    const tables = await client.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
    expect(tables.rows.map((row) => row.name)).toEqual(['schema_migrations']);
    client.close();
  });
});

describe('runs', () => {
  it('only takes output and a final status while running; marks leftovers interrupted', async () => {
    const run = await store.runs.start({ scanner, scheduleId: null });
    expect(run).toMatchObject({ status: 'running', finishedAt: null, scanner: { params: {} } });
    expect(
      await store.runs.append(run.id, {
        results: [{ symbol: 'A', exchange: 'NSE', signal: 'BUY', columns: {}, barTime: 1 }]
      })
    ).toBe(true);
    expect(await store.runs.finish(run.id, { status: 'cancelled', message: 'stopped' })).toMatchObject({
      status: 'cancelled',
      counts: { results: 1 }
    });
    expect(
      await store.runs.append(run.id, {
        results: [{ symbol: 'B', exchange: 'NSE', signal: '', columns: {}, barTime: 1 }]
      })
    ).toBe(false);
    expect(await store.runs.finish(run.id, { status: 'completed' })).toBeNull();
    expect((await store.runs.get(run.id))!.counts.results).toBe(1);

    const left = await store.runs.start({ scanner });
    expect(await store.runs.markInterruptedRuns(42)).toBe(1);
    expect(await store.runs.get(left.id)).toMatchObject({
      status: 'interrupted',
      finishedAt: 42,
      message: 'the server stopped during this run'
    });
  });

  it('fails loudly on a row that no longer matches its type', async () => {
    const run = await store.runs.start({ scanner });
    await store.client.execute({ sql: 'UPDATE runs SET stats = \'{"symbols":"many"}\' WHERE id = ?', args: [run.id] });
    await expect(store.runs.get(run.id)).rejects.toThrow();
    await store.runs.remove(run.id);
  });
});

describe('schedules for the scheduler', () => {
  it('lists due schedules and keeps its run times', async () => {
    const s = (await store.scanners.create({ name: 'Due', description: '', category: '', source: 'x' })) as {
      data: { id: string };
    };
    const w = (await store.watchlists.create({ name: 'Due', symbols: [{ symbol: 'INFY', exchange: 'NSE' }] })) as {
      data: { id: string };
    };
    const created = await store.schedules.create({
      scannerId: s.data.id,
      watchlistId: w.data.id,
      kind: 'daily',
      spec: { times: ['09:20'] }
    });
    if (!('data' in created)) throw new Error(created.error.message);
    const id = created.data.id;
    expect((await store.schedules.due(1000)).map((x) => x.id)).toContain(id); // never computed yet
    await store.schedules.setRunTimes(id, { nextRunAt: 2000 });
    expect((await store.schedules.due(1000)).map((x) => x.id)).not.toContain(id);
    expect((await store.schedules.due(2000)).map((x) => x.id)).toContain(id);
    await store.schedules.setRunTimes(id, { nextRunAt: 5000, lastRunAt: 2000 });
    expect(await store.schedules.get(id)).toMatchObject({ nextRunAt: 5000, lastRunAt: 2000 });
    const run = await store.runs.start({ scanner, scheduleId: id });
    expect(await store.schedules.remove(id)).toBe(true);
    expect(await store.runs.get(run.id)).toMatchObject({ scheduleId: null });
  });
});

describe('alert deliveries and settings', () => {
  it('records delivery attempts and lists what is still pending', async () => {
    const run = await store.runs.start({ scanner });
    const delivery = await store.alerts.create({ runId: run.id, channel: 'telegram' }, 10);
    expect(delivery).toMatchObject({
      runId: run.id,
      channel: 'telegram',
      status: 'pending',
      attempts: 0,
      lastError: null,
      at: 10
    });
    await store.alerts.recordAttempt(delivery.id, { status: 'pending', error: 'timeout' }, 20);
    expect((await store.alerts.pending()).map((d) => d.id)).toEqual([delivery.id]);
    expect(await store.alerts.recordAttempt(delivery.id, { status: 'sent' }, 30)).toMatchObject({
      status: 'sent',
      attempts: 2,
      lastError: null,
      at: 30
    });
    expect(await store.alerts.pending()).toEqual([]);
    expect(await store.alerts.forRun(run.id)).toHaveLength(1);
    await store.runs.remove(run.id);
    expect(await store.alerts.forRun(run.id)).toEqual([]);
  });

  it('keeps JSON settings and falls back when a value is missing or invalid', async () => {
    const schema = z.object({ enabled: z.boolean() });
    expect(await store.settings.get('alerts', schema, { enabled: false })).toEqual({ enabled: false });
    await store.settings.set('alerts', { enabled: true });
    expect(await store.settings.get('alerts', schema, { enabled: false })).toEqual({ enabled: true });
    await store.settings.set('alerts', 'nonsense');
    expect(await store.settings.get('alerts', schema, { enabled: false })).toEqual({ enabled: false });
    await store.settings.set('__proto__', { polluted: true });
    expect(Object.keys(await store.settings.all())).toEqual(['__proto__', 'alerts']);
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(await store.settings.remove('alerts')).toBe(true);
  });
});

describe('startOfKolkataDay', () => {
  it('starts the day at 18:30 UTC', () => {
    expect(new Date(startOfKolkataDay(Date.parse('2025-01-02T20:00:00Z'))).toISOString()).toBe(
      '2025-01-02T18:30:00.000Z'
    );
    expect(new Date(startOfKolkataDay(Date.parse('2025-01-02T10:00:00Z'))).toISOString()).toBe(
      '2025-01-01T18:30:00.000Z'
    );
  });
});
