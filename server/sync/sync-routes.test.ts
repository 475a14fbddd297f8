import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { codeOf } from '../../src-worker/contract/scanner-code.js';
import type { SyncedScanner, SyncedWatchlist } from './sync-schemas.js';
import { createSyncTestApp, withChangeId } from './test-sync-app.js';

let t: Awaited<ReturnType<typeof createSyncTestApp>>;
beforeEach(async () => (t = await createSyncTestApp({ now: () => Date.UTC(2025, 0, 2, 9, 30) })));
afterEach(() => t.close());

const DEVICE_A = 'device-aaaa-1111';
const DEVICE_B = 'device-bbbb-2222';
const scanner = (records: unknown[], id: string) =>
  records.find((r) => (r as SyncedScanner).id === id) as SyncedScanner;
const liveScanners = async () => (await t.store.scanners.list()).map((s) => ({ name: s.name, source: s.source }));

/** Device A creates a scanner and returns it as the server saved it. */
async function createScanner(fields: { name: string; source: string; description?: string }) {
  const answer = await t.sync({
    deviceId: DEVICE_A,
    since: 0,
    changes: [withChangeId({ type: 'scanner', id: `sc-${fields.name}`, baseRev: null, fields })]
  });
  return scanner(answer.changes, `sc-${fields.name}`);
}

async function createWatchlist(name: string, symbols: string[]) {
  const answer = await t.sync({
    deviceId: DEVICE_A,
    since: 0,
    changes: [
      withChangeId({
        type: 'watchlist',
        id: `wl-${name}`,
        baseRev: null,
        name,
        add: symbols.map((symbol) => ({ symbol, exchange: 'NSE' }))
      })
    ]
  });
  return answer.changes.find((r) => r.id === `wl-${name}`) as SyncedWatchlist;
}

describe('POST /api/sync', () => {
  it('pushes a new scanner, pulls it on another device, and pulls records created through the REST API', async () => {
    const created = await createScanner({ name: 'EMA', source: 'Filter = 1' });
    expect(created).toMatchObject({ name: 'EMA', source: 'Filter = 1', description: '', deleted: false });
    await t.post('/api/watchlists', { name: 'Banks', symbols: [{ symbol: 'SBIN', exchange: 'NSE' }] });

    const pulled = await t.sync({ deviceId: DEVICE_B, since: 0, changes: [] });
    expect(pulled.changes.map((r) => [r.type, r.name])).toEqual([
      ['scanner', 'EMA'],
      ['watchlist', 'Banks']
    ]);
    expect(pulled.cursor).toBe(Math.max(...pulled.changes.map((r) => r.rev)));
    expect((await t.sync({ deviceId: DEVICE_B, since: pulled.cursor })).changes).toEqual([]);
  });

  it('merges edits of different fields and keeps both code edits apart: the second becomes a conflict copy', async () => {
    const base = await createScanner({ name: 'EMA', source: 'Filter = 1' });
    const fromBase = { type: 'scanner', id: base.id, baseRev: base.rev };
    await t.sync({
      deviceId: DEVICE_A,
      since: 0,
      changes: [withChangeId({ ...fromBase, fields: { source: 'Filter = 2' }, base: { source: base.source } })]
    });
    const answer = await t.sync({
      deviceId: DEVICE_B,
      since: 0,
      changes: [
        withChangeId({
          ...fromBase,
          fields: { source: 'Filter = 3', description: 'from B' },
          base: { source: base.source, description: '' }
        })
      ]
    });

    const copyName = 'EMA (conflict from device device, 2025-01-02 09:30 UTC)';
    expect(answer.conflicts).toEqual([expect.objectContaining({ kind: 'conflict-copy', id: base.id, copyName })]);
    expect(await liveScanners()).toEqual([
      { name: 'EMA', source: 'Filter = 2' },
      { name: copyName, source: 'Filter = 3' }
    ]);
    expect((await t.store.scanners.get(base.id))?.description).toBe('from B');
    expect(answer.changes.map((r) => r.name)).toEqual(['EMA', copyName]);
  });

  it('takes a code edit without conflict when the other device only renamed (which rewrote the header)', async () => {
    const base = await createScanner({ name: 'EMA', source: '/**\n * @name EMA\n */\nFilter = 1' });
    const fromBase = { type: 'scanner', id: base.id, baseRev: base.rev, base: { source: base.source, name: 'EMA' } };
    await t.sync({
      deviceId: DEVICE_A,
      since: 0,
      changes: [
        withChangeId({ ...fromBase, fields: { name: 'EMA cross', source: '/**\n * @name EMA cross\n */\nFilter = 1' } })
      ]
    });
    const answer = await t.sync({
      deviceId: DEVICE_B,
      since: 0,
      changes: [withChangeId({ ...fromBase, fields: { source: '/**\n * @name EMA\n */\nFilter = 2' } })]
    });
    expect(answer.conflicts).toEqual([]);
    expect(await liveScanners()).toEqual([{ name: 'EMA cross', source: '/**\n * @name EMA\n */\nFilter = 2' }]);
  });

  it('concurrent renames: the first to reach the server stays and the other device is told its rename lost', async () => {
    const base = await createScanner({ name: 'EMA', source: 'Filter = 1' });
    const rename = (deviceId: string, name: string) =>
      t.sync({
        deviceId,
        since: 0,
        changes: [
          withChangeId({ type: 'scanner', id: base.id, baseRev: base.rev, fields: { name }, base: { name: 'EMA' } })
        ]
      });
    expect((await rename(DEVICE_A, 'EMA fast')).conflicts).toEqual([]);
    const lost = await rename(DEVICE_B, 'EMA slow');
    expect(lost.conflicts).toEqual([
      expect.objectContaining({ kind: 'rename-lost', id: base.id, requested: 'EMA slow', name: 'EMA fast' })
    ]);
    expect(await liveScanners()).toEqual([{ name: 'EMA fast', source: 'Filter = 1' }]);
  });

  it('concurrent description and category edits: the first to reach the server stays and the other device is told', async () => {
    const base = await createScanner({ name: 'EMA', source: 'Filter = 1' });
    const edit = (deviceId: string, fields: object) =>
      t.sync({
        deviceId,
        since: 0,
        changes: [
          withChangeId({
            type: 'scanner',
            id: base.id,
            baseRev: base.rev,
            fields,
            base: { description: '', category: '' }
          })
        ]
      });
    expect((await edit(DEVICE_A, { description: 'fast cross', category: 'trend' })).conflicts).toEqual([]);
    const lost = await edit(DEVICE_B, { description: 'slow cross', category: 'trend' });
    expect(lost.conflicts).toEqual([
      expect.objectContaining({
        kind: 'edit-lost',
        id: base.id,
        field: 'description',
        requested: 'slow cross',
        value: 'fast cross'
      })
    ]);
    expect(await t.store.scanners.get(base.id)).toMatchObject({ description: 'fast cross', category: 'trend' });
  });

  it('merges watchlist symbol edits from two devices: an add on one side and a remove on the other both survive', async () => {
    const base = await createWatchlist('Banks', ['SBIN', 'HDFCBANK']);
    const edit = (deviceId: string, ops: object) =>
      t.sync({
        deviceId,
        since: 0,
        changes: [withChangeId({ type: 'watchlist', id: base.id, baseRev: base.rev, ...ops })]
      });
    await edit(DEVICE_A, { add: [{ symbol: 'ICICIBANK', exchange: 'NSE' }] });
    await edit(DEVICE_B, {
      remove: [{ symbol: 'SBIN', exchange: 'NSE' }],
      add: [{ symbol: 'AXISBANK', exchange: 'NSE' }]
    });
    expect((await t.store.watchlists.get(base.id))?.symbols.map((s) => s.symbol)).toEqual([
      'HDFCBANK',
      'ICICIBANK',
      'AXISBANK'
    ]);

    // One symbol removed on one side and added back on the other: the later to arrive wins.
    await edit(DEVICE_A, { add: [{ symbol: 'SBIN', exchange: 'NSE' }] });
    expect((await t.store.watchlists.get(base.id))?.symbols.map((s) => s.symbol)).toContain('SBIN');
  });

  it('lets an edit win over a delete that had not seen it, and revives a deleted record that is edited', async () => {
    const base = await createScanner({ name: 'EMA', source: 'Filter = 1' });
    await t.sync({
      deviceId: DEVICE_A,
      since: 0,
      changes: [
        withChangeId({
          type: 'scanner',
          id: base.id,
          baseRev: base.rev,
          fields: { description: 'edited' },
          base: { description: '' }
        })
      ]
    });
    const deleted = await t.sync({
      deviceId: DEVICE_B,
      since: 0,
      changes: [withChangeId({ type: 'scanner', id: base.id, baseRev: base.rev, deleted: true })]
    });
    expect(deleted.conflicts).toEqual([expect.objectContaining({ kind: 'delete-ignored', id: base.id })]);
    expect(await t.store.scanners.get(base.id)).toMatchObject({ description: 'edited' });

    const list = await createWatchlist('Banks', ['SBIN']);
    const gone = await t.sync({
      deviceId: DEVICE_A,
      since: 0,
      changes: [withChangeId({ type: 'watchlist', id: list.id, baseRev: list.rev, deleted: true })]
    });
    expect(gone.conflicts).toEqual([]);
    expect(gone.changes.find((r) => r.id === list.id)).toMatchObject({ deleted: true });
    const revived = await t.sync({
      deviceId: DEVICE_B,
      since: 0,
      changes: [
        withChangeId({ type: 'watchlist', id: list.id, baseRev: list.rev, add: [{ symbol: 'PNB', exchange: 'NSE' }] })
      ]
    });
    expect(revived.conflicts).toEqual([expect.objectContaining({ kind: 'revived', id: list.id })]);
    expect((await t.store.watchlists.get(list.id))?.symbols.map((s) => s.symbol)).toEqual(['SBIN', 'PNB']);
  });

  it('suffixes a name taken on the server instead of failing, and reports it', async () => {
    await t.post('/api/scanners', { name: 'Breakout', source: 'Filter = 1' });
    const answer = await t.sync({
      deviceId: DEVICE_B,
      since: 0,
      changes: [
        withChangeId({
          type: 'scanner',
          id: 'new-one',
          baseRev: null,
          fields: { name: 'BREAKOUT', source: 'Filter = 0' }
        })
      ]
    });
    expect(answer.conflicts).toEqual([
      expect.objectContaining({ kind: 'name-clash', requested: 'BREAKOUT', name: 'BREAKOUT (2)' })
    ]);
    expect((await liveScanners()).map((s) => s.name)).toEqual(['Breakout', 'BREAKOUT (2)']);
  });

  it('answers a re-sent push from its log: no second conflict copy, the same conflicts', async () => {
    const base = await createScanner({ name: 'EMA', source: 'Filter = 1' });
    await t.sync({
      deviceId: DEVICE_A,
      since: 0,
      changes: [
        withChangeId({
          type: 'scanner',
          id: base.id,
          baseRev: base.rev,
          fields: { source: 'Filter = 2' },
          base: { source: base.source }
        })
      ]
    });
    const push = {
      deviceId: DEVICE_B,
      since: 0,
      changes: [
        withChangeId({
          type: 'scanner',
          id: base.id,
          baseRev: base.rev,
          fields: { source: 'Filter = 3' },
          base: { source: base.source }
        })
      ]
    };
    const first = await t.sync(push);
    const again = await t.sync(push);
    expect(again.conflicts).toEqual(first.conflicts);
    expect(again.applied).toEqual(first.applied);
    expect(await liveScanners()).toHaveLength(2);
  });

  it('pages a long pull with `more` and a cursor', async () => {
    const paged = await createSyncTestApp({ pullLimit: 2 });
    try {
      for (const name of ['A', 'B', 'C']) await paged.post('/api/watchlists', { name, symbols: [] });
      const first = await paged.sync({ deviceId: DEVICE_A, since: 0 });
      expect([first.changes.map((r) => r.name), first.more]).toEqual([['A', 'B'], true]);
      const second = await paged.sync({ deviceId: DEVICE_A, since: first.cursor });
      expect([second.changes.map((r) => r.name), second.more]).toEqual([['C'], false]);
    } finally {
      paged.close();
    }
  });

  it('refuses a malformed push with 400 naming the fields', async () => {
    const response = await t.post('/api/sync', {
      deviceId: 'x',
      changes: [
        { type: 'scanner', changeId: 'change-123', id: 'a', baseRev: null, fields: { description: 'no name or code' } },
        { type: 'watchlist', changeId: 'c', id: 'b', baseRev: 1, add: [{ symbol: 'BAD SYM', exchange: 'NYSE' }] }
      ]
    });
    expect(response.status).toBe(400);
    expect(Object.keys((await response.json()).error.fields).sort()).toEqual([
      'changes.0.fields.name',
      'changes.0.fields.source',
      'changes.1.add.0.exchange',
      'changes.1.add.0.symbol',
      'changes.1.changeId',
      'deviceId'
    ]);
  });
});

describe('codeOf', () => {
  it('ignores the header lines a rename rewrites, and a header that holds nothing else', () => {
    expect(codeOf('/**\n * @name A\n * @category X\n */\nFilter = 1')).toBe('Filter = 1');
    expect(codeOf('/**\n * @name A\n * @interval D\n */\nFilter = 1')).toBe(
      codeOf('/**\n * @name B\n * @interval D\n */\nFilter = 1')
    );
    expect(codeOf('/**\n * @interval D\n */\nFilter = 1')).not.toBe(codeOf('Filter = 1'));
  });
});

describe('POST /api/sync, more rules', () => {
  it('returns a record whose delete lost to an edit even though nothing was written', async () => {
    const base = await createScanner({ name: 'EMA', source: 'Filter = 1' });
    await t.sync({
      deviceId: DEVICE_A,
      since: 0,
      changes: [
        withChangeId({
          type: 'scanner',
          id: base.id,
          baseRev: base.rev,
          fields: { description: 'edited' },
          base: { description: '' }
        })
      ]
    });
    const after = await t.sync({ deviceId: DEVICE_B, since: 0 });
    const answer = await t.sync({
      deviceId: DEVICE_B,
      since: after.cursor,
      changes: [withChangeId({ type: 'scanner', id: base.id, baseRev: base.rev, deleted: true })]
    });
    expect(answer.changes).toEqual([expect.objectContaining({ id: base.id, deleted: false, description: 'edited' })]);
  });

  it('keeps the server code when the device only rewrote header lines, without a conflict copy', async () => {
    const base = await createScanner({ name: 'EMA', source: '/**\n * @name EMA\n */\nFilter = 1' });
    await t.sync({
      deviceId: DEVICE_A,
      since: 0,
      changes: [
        withChangeId({
          type: 'scanner',
          id: base.id,
          baseRev: base.rev,
          fields: { source: '/**\n * @name EMA\n */\nFilter = 2' },
          base: { source: base.source }
        })
      ]
    });
    const answer = await t.sync({
      deviceId: DEVICE_B,
      since: 0,
      changes: [
        withChangeId({
          type: 'scanner',
          id: base.id,
          baseRev: base.rev,
          fields: { name: 'Fast', source: '/**\n * @name Fast\n */\nFilter = 1' },
          base: { name: 'EMA', source: base.source }
        })
      ]
    });
    expect(answer.conflicts).toEqual([]);
    expect(await liveScanners()).toEqual([{ name: 'Fast', source: '/**\n * @name EMA\n */\nFilter = 2' }]);
  });

  it('re-plans a push when another write lands between its read and its write', async () => {
    const base = await createScanner({ name: 'EMA', source: 'Filter = 1' });
    const { runSync } = await import('./run-sync.js');
    let interfered = false;
    // A client whose first write batch is preceded by a REST edit: the guard must catch it.
    const client = new Proxy(t.store.client, {
      get(target, property, receiver) {
        if (property !== 'batch') return Reflect.get(target, property, receiver);
        return async (statements: Parameters<typeof target.batch>[0], mode: Parameters<typeof target.batch>[1]) => {
          if (mode === 'write' && !interfered) {
            interfered = true;
            await t.store.scanners.update(base.id, { source: 'Filter = 9' });
          }
          return target.batch(statements, mode);
        };
      }
    });
    const answer = await runSync(client, {
      deviceId: DEVICE_B,
      since: 0,
      changes: [
        withChangeId({
          type: 'scanner' as const,
          id: base.id,
          baseRev: base.rev,
          deleted: false,
          fields: { source: 'Filter = 3' },
          base: { source: base.source }
        })
      ]
    });
    expect(interfered).toBe(true);
    expect(answer.conflicts).toEqual([expect.objectContaining({ kind: 'conflict-copy' })]);
    expect((await liveScanners()).map((s) => s.source)).toEqual(['Filter = 9', 'Filter = 3']);
  });
});
