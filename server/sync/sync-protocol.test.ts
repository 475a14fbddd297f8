import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SyncedScanner, SyncedWatchlist } from './sync-schemas.js';
import { createSyncTestApp, withChangeId } from './test-sync-app.js';

let t: Awaited<ReturnType<typeof createSyncTestApp>>;
beforeEach(async () => (t = await createSyncTestApp({ now: () => Date.UTC(2025, 0, 2, 9, 30) })));
afterEach(() => t.close());

const DEVICE_A = 'device-aaaa-1111';
const DEVICE_B = 'device-bbbb-2222';
const live = async () => (await t.store.scanners.list()).map((s) => s.source).sort();

async function createScanner(source: string) {
  const answer = await t.sync({
    deviceId: DEVICE_A,
    since: 0,
    changes: [withChangeId({ type: 'scanner', id: 'sc-1', baseRev: null, fields: { name: 'EMA', source } })]
  });
  return answer.changes.find((r) => r.id === 'sc-1') as SyncedScanner;
}

describe('sync ordering and refusals', () => {
  it('a change from an older push of the same device is refused as stale and undoes nothing', async () => {
    const base = await createScanner('Filter = 0');
    const edit = (seq: number, name: string, source: string) =>
      t.sync({
        deviceId: DEVICE_B,
        seq,
        since: 0,
        changes: [
          withChangeId({
            type: 'scanner',
            id: base.id,
            baseRev: base.rev,
            fields: { name, source },
            base: { name: 'EMA', source: base.source }
          })
        ]
      });
    await edit(2, 'n2', 'Filter = 2');
    const late = await edit(1, 'n1', 'Filter = 1');
    expect(late.refused).toEqual([expect.objectContaining({ reason: 'stale', id: base.id })]);
    expect(late.applied).toEqual([]);
    expect(await t.store.scanners.list()).toMatchObject([{ name: 'n2', source: 'Filter = 2' }]);
  });

  it('a late watchlist batch cannot bring back a symbol the device removed afterwards', async () => {
    const created = await t.sync({
      deviceId: DEVICE_A,
      seq: 1,
      since: 0,
      changes: [
        withChangeId({
          type: 'watchlist',
          id: 'wl-1',
          baseRev: null,
          name: 'Banks',
          add: [{ symbol: 'SBIN', exchange: 'NSE' }]
        })
      ]
    });
    const list = created.changes[0] as SyncedWatchlist;
    const ops = (seq: number, op: object) =>
      t.sync({
        deviceId: DEVICE_A,
        seq,
        since: 0,
        changes: [withChangeId({ type: 'watchlist', id: list.id, baseRev: list.rev, ...op })]
      });
    await ops(3, { remove: [{ symbol: 'ITC', exchange: 'NSE' }] });
    await ops(2, { add: [{ symbol: 'ITC', exchange: 'NSE' }] });
    expect((await t.store.watchlists.get(list.id))?.symbols.map((s) => s.symbol)).toEqual(['SBIN']);
  });

  it('a device whose answer was lost does not conflict with its own earlier write', async () => {
    const base = await createScanner('Filter = 0');
    const push = (source: string) =>
      t.sync({
        deviceId: DEVICE_B,
        seq: 5,
        since: 0,
        changes: [
          withChangeId({
            type: 'scanner',
            id: base.id,
            baseRev: base.rev,
            fields: { source },
            base: { source: base.source }
          })
        ]
      });
    await push('Filter = 1'); // The answer never reached the device, whose shadow stays at `base`.
    const answer = await push('Filter = 2');
    expect(answer.conflicts).toEqual([]);
    expect(await live()).toEqual(['Filter = 2']);
  });

  it('after a lost answer, another device edit in between still yields a conflict copy', async () => {
    const base = await createScanner('Filter = 0');
    const push = (deviceId: string, source: string, from: SyncedScanner) =>
      t.sync({
        deviceId,
        since: 0,
        changes: [
          withChangeId({
            type: 'scanner',
            id: from.id,
            baseRev: from.rev,
            fields: { source },
            base: { source: from.source }
          })
        ]
      });
    const first = await push(DEVICE_B, 'Filter = 1', base);
    await push(DEVICE_A, 'Filter = A', first.changes.find((r) => r.id === base.id) as SyncedScanner);
    const answer = await push(DEVICE_B, 'Filter = 2', base);
    expect(answer.conflicts).toEqual([expect.objectContaining({ kind: 'conflict-copy' })]);
    expect(await live()).toEqual(['Filter = 2', 'Filter = A']);
  });

  it('an edit of an unknown record is refused alone; the rest of the push applies and nothing nameless is stored', async () => {
    const answer = await t.sync({
      deviceId: DEVICE_B,
      since: 0,
      changes: [
        withChangeId({
          type: 'scanner',
          id: 'ghost',
          baseRev: 3,
          fields: { source: 'Filter = 9' },
          base: { source: 'Filter = 1' }
        }),
        withChangeId({ type: 'watchlist', id: 'ghost-list', baseRev: 3, add: [{ symbol: 'ITC', exchange: 'NSE' }] }),
        withChangeId({ type: 'scanner', id: 'fine', baseRev: null, fields: { name: 'Fine', source: 'Filter = 1' } }),
        withChangeId({
          type: 'watchlist',
          id: 'whole',
          baseRev: 7,
          name: 'Whole',
          add: [{ symbol: 'ITC', exchange: 'NSE' }]
        })
      ]
    });
    expect(answer.refused.map((r) => [r.id, r.reason])).toEqual([
      ['ghost', 'unknown-record'],
      ['ghost-list', 'unknown-record']
    ]);
    expect(answer.applied.map((a) => a.id)).toEqual(['fine', 'whole']);
    expect((await t.store.watchlists.list()).map((w) => w.name)).toEqual(['Whole']);
    const fresh = await t.sync({ deviceId: 'device-cccc-3333', since: 0 });
    expect(fresh.changes.every((r) => r.name.length > 0)).toBe(true);
  });

  it('refuses a change id re-used for another record, in one push or across pushes', async () => {
    await createScanner('Filter = 0');
    const reused = { changeId: 'change-reused-1', type: 'scanner' as const, baseRev: null };
    await t.sync({
      deviceId: DEVICE_B,
      since: 0,
      changes: [{ ...reused, id: 'one', fields: { name: 'One', source: 'Filter = 1' } }]
    });
    const answer = await t.sync({
      deviceId: DEVICE_B,
      since: 0,
      changes: [{ ...reused, id: 'two', fields: { name: 'Two', source: 'Filter = 2' } }]
    });
    expect(answer.refused).toEqual([expect.objectContaining({ reason: 'change-id-reused', id: 'two' })]);
    const inOne = await t.sync({
      deviceId: DEVICE_B,
      since: 0,
      changes: [
        { ...reused, changeId: 'change-reused-2', id: 'three', fields: { name: 'Three', source: 'Filter = 3' } },
        { ...reused, changeId: 'change-reused-2', id: 'four', fields: { name: 'Four', source: 'Filter = 4' } }
      ]
    });
    expect(inOne.refused.map((r) => r.id)).toEqual(['four']);
    expect((await t.store.scanners.list()).map((s) => s.name).sort()).toEqual(['EMA', 'One', 'Three']);
  });

  it('keeps a scanner whose code changed since the code a deletion saw, whatever its revision says (numbers reused after a restore)', async () => {
    const base = await createScanner('Filter = 0');
    await t.sync({
      deviceId: DEVICE_A,
      since: 0,
      changes: [
        withChangeId({
          type: 'scanner',
          id: base.id,
          baseRev: base.rev,
          fields: { source: 'Filter = 1' },
          base: { source: base.source }
        })
      ]
    });
    const answer = await t.sync({
      deviceId: DEVICE_B,
      since: 0,
      changes: [
        withChangeId({ type: 'scanner', id: base.id, baseRev: 99, deleted: true, base: { source: base.source } })
      ]
    });
    expect(answer.conflicts).toEqual([expect.objectContaining({ kind: 'delete-ignored', id: base.id })]);
    expect(await live()).toEqual(['Filter = 1']);
  });

  it('keeps a watchlist whose symbols changed since the list a deletion saw, whatever its revision says (numbers reused after a restore)', async () => {
    const created = await t.sync({
      deviceId: DEVICE_A,
      since: 0,
      changes: [
        withChangeId({
          type: 'watchlist',
          id: 'wl-1',
          baseRev: null,
          name: 'Banks',
          add: [{ symbol: 'SBIN', exchange: 'NSE' }]
        })
      ]
    });
    const list = created.changes[0] as SyncedWatchlist;
    await t.sync({
      deviceId: DEVICE_A,
      since: 0,
      changes: [
        withChangeId({ type: 'watchlist', id: list.id, baseRev: list.rev, add: [{ symbol: 'ITC', exchange: 'NSE' }] })
      ]
    });
    const seen = { name: list.name, symbols: list.symbols };
    const answer = await t.sync({
      deviceId: DEVICE_B,
      since: 0,
      changes: [withChangeId({ type: 'watchlist', id: list.id, baseRev: 99, deleted: true, base: seen })]
    });
    expect(answer.conflicts).toEqual([expect.objectContaining({ kind: 'delete-ignored', id: list.id })]);
    expect((await t.store.watchlists.get(list.id))?.symbols.map((s) => s.symbol)).toEqual(['SBIN', 'ITC']);
  });

  it('refuses a watchlist edit made on a revision the list never reached (a restored backup) and applies the rest of the push', async () => {
    const created = await t.sync({
      deviceId: DEVICE_A,
      since: 0,
      changes: [
        withChangeId({
          type: 'watchlist',
          id: 'wl-1',
          baseRev: null,
          name: 'Banks',
          add: [{ symbol: 'SBIN', exchange: 'NSE' }]
        })
      ]
    });
    const list = created.changes[0] as SyncedWatchlist;
    const answer = await t.sync({
      deviceId: DEVICE_B,
      since: 0,
      changes: [
        withChangeId({
          type: 'watchlist',
          id: list.id,
          baseRev: list.rev + 5,
          name: 'Big banks',
          baseName: 'Banks',
          add: [{ symbol: 'ITC', exchange: 'NSE' }]
        }),
        withChangeId({ type: 'scanner', id: 'sc-2', baseRev: null, fields: { name: 'RSI', source: 'Filter = 1' } })
      ]
    });
    expect(answer.refused).toEqual([expect.objectContaining({ reason: 'unknown-record', id: list.id })]);
    expect(answer.applied.map((a) => a.id)).toEqual(['sc-2']);
    expect(await t.store.watchlists.get(list.id)).toMatchObject({ name: 'Banks', symbols: [{ symbol: 'SBIN' }] });
  });

  it('ignores a deletion from a device that never had the server version of the record', async () => {
    await createScanner('Filter = 0');
    const answer = await t.sync({
      deviceId: DEVICE_B,
      since: 0,
      changes: [withChangeId({ type: 'scanner', id: 'sc-1', baseRev: null, deleted: true })]
    });
    expect(answer.conflicts).toEqual([expect.objectContaining({ kind: 'delete-ignored', id: 'sc-1' })]);
    expect(await live()).toEqual(['Filter = 0']);
  });

  it('tells a device whose cursor is ahead of the server to resync from zero, and pulls from zero', async () => {
    await createScanner('Filter = 0');
    const answer = await t.sync({ deviceId: DEVICE_B, since: 9999 });
    expect(answer.resync).toBe(true);
    expect(answer.changes.map((r) => r.id)).toEqual(['sc-1']);
    expect((await t.sync({ deviceId: DEVICE_B, since: answer.cursor })).resync).toBe(false);
  });
});
