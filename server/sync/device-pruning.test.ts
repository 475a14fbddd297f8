import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEVICE_IDLE_DAYS } from './device-pruning.js';
import type { SyncedScanner } from './sync-schemas.js';
import { createSyncTestApp, withChangeId } from './test-sync-app.js';

const DEVICE_A = 'device-aaaa-1111';
const DEVICE_B = 'device-bbbb-2222';
const DAY = 86_400_000;
let now = Date.UTC(2025, 0, 2, 9, 30);
let t: Awaited<ReturnType<typeof createSyncTestApp>>;
beforeEach(async () => {
  now = Date.UTC(2025, 0, 2, 9, 30);
  t = await createSyncTestApp({ now: () => now });
});
afterEach(() => t.close());

const rowsOf = async (deviceId: string) =>
  (
    await t.store.client.execute({
      sql: 'SELECT record_id FROM sync_device_records WHERE device_id = ?',
      args: [deviceId]
    })
  ).rows.map((r) => String(r.record_id));

async function createScanner(id: string, source: string): Promise<SyncedScanner> {
  const answer = await t.sync({
    deviceId: DEVICE_A,
    seq: 1,
    since: 0,
    changes: [withChangeId({ type: 'scanner', id, baseRev: null, fields: { name: id, source } })]
  });
  return answer.changes.find((r) => r.id === id) as SyncedScanner;
}

/** Device B's edit of a scanner's code from its push `seq`, on the base it was made on. */
const edit = (seq: number, base: SyncedScanner, source: string) =>
  t.sync({
    deviceId: DEVICE_B,
    seq,
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

describe('pruning the per-device rows', () => {
  it('drops every row of a device idle too long, and still refuses a stale batch from it', async () => {
    const base = await createScanner('sc-1', 'Filter = 0');
    await edit(2, base, 'Filter = 1');
    const newer = await edit(3, base, 'Filter = 2');
    expect(await rowsOf(DEVICE_B)).toEqual(['sc-1']);

    now += (DEVICE_IDLE_DAYS + 1) * DAY;
    await t.sync({ deviceId: DEVICE_A, seq: 2, since: 0 }); // Any sync prunes idle devices.
    expect(await rowsOf(DEVICE_B)).toEqual([]);

    const late = await edit(2, base, 'Filter = 1');
    expect(late.refused).toEqual([expect.objectContaining({ reason: 'stale', id: 'sc-1' })]);
    expect((await t.store.scanners.list()).map((s) => s.source)).toEqual([(newer.changes[0] as SyncedScanner).source]);
  });

  it('keeps the rows of a device that synced within the idle time', async () => {
    const base = await createScanner('sc-1', 'Filter = 0');
    await edit(2, base, 'Filter = 1');
    now += (DEVICE_IDLE_DAYS - 1) * DAY;
    await t.sync({ deviceId: DEVICE_A, seq: 2, since: 0 });
    expect(await rowsOf(DEVICE_B)).toEqual(['sc-1']);
  });

  it("drops a device's row of a record deleted by an earlier push, and a stale edit of it cannot bring it back", async () => {
    const base = await createScanner('sc-1', 'Filter = 0');
    const other = await createScanner('sc-2', 'Filter = 0');
    const deleted = await t.sync({
      deviceId: DEVICE_B,
      seq: 3,
      since: 0,
      changes: [
        withChangeId({
          type: 'scanner',
          id: base.id,
          baseRev: base.rev,
          deleted: true,
          fields: {},
          base: { source: base.source }
        })
      ]
    });
    expect(deleted.applied).toHaveLength(1);
    await edit(4, other, 'Filter = 4'); // A later push: the deleted record's row is no longer needed.
    expect(await rowsOf(DEVICE_B)).toEqual(['sc-2']);

    const late = await edit(2, base, 'Filter = 1');
    expect(late.refused).toEqual([expect.objectContaining({ reason: 'stale', id: 'sc-1' })]);
    expect((await t.store.scanners.list()).map((s) => s.id)).toEqual(['sc-2']);
  });
});
