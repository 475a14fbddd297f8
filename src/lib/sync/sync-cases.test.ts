import { afterEach, describe, expect, it } from 'vitest';
import { codeOf } from '$engine/contract/scanner-code';
import { ModelDevice } from '../../../tests/sync/model-device';
import { ModelServer } from '../../../tests/sync/model-server';
import { syncRounds } from './sync-engine';

// The numbered cases of lost edits, each replayed with the real browser sync code on
// fake-indexeddb against the real sync route over a real SQLite file.

let server: ModelServer;
let devices: ModelDevice[] = [];
/** Runs between the server's answer and the device receiving it, once. */
let inFlight: ((device: ModelDevice) => Promise<void>) | null = null;
/** Requests held back instead of delivered: the device sees a network failure. */
let holdBack = false;
const held: string[] = [];
let dropAnswer = false;

async function setUp(count: number) {
  server = new ModelServer(1000);
  await server.open();
  const post = async (device: ModelDevice, body: unknown) => {
    const json = JSON.stringify(body);
    if (holdBack) {
      held.push(json);
      throw new TypeError('request held back');
    }
    const response = await server.request(json);
    if (dropAnswer) throw new TypeError('answer lost');
    const hook = inFlight;
    inFlight = null;
    await hook?.(device);
    return response;
  };
  devices = Array.from({ length: count }, (_, i) => new ModelDevice(`device-${i}`, post));
  return devices;
}

afterEach(() => {
  devices.forEach((d) => d.close());
  server.dispose();
  inFlight = null;
  holdBack = dropAnswer = false;
  held.length = 0;
});

const sync = (device: ModelDevice) =>
  syncRounds(device.context).catch((error: unknown) => (error instanceof TypeError ? null : Promise.reject(error)));
const codes = async (device: ModelDevice) => [...(await device.live()).scanners.values()].map((s) => s.code).sort();
async function syncAll(rounds = 2) {
  for (let i = 0; i < rounds; i++) for (const device of devices) await sync(device);
}

describe('sync keeps every edit', () => {
  it('1: a save during an in-flight sync does not overwrite the other device’s edit', async () => {
    const [a, b] = await setUp(2);
    await a.saveScanner('s1', 'EMA', 'Filter = 0;');
    await syncAll();
    await a.saveScanner('s1', 'EMA', 'Filter = "edit by A";');
    await b.saveScanner('s1', 'EMA', 'Filter = "edit by B";');
    await sync(a);
    inFlight = (device) => device.saveScanner('s1', 'EMA', 'Filter = "edit by B, saved again";').then(() => undefined);
    await sync(b);
    await syncAll();
    for (const device of devices)
      expect(await codes(device)).toEqual(
        ['Filter = "edit by A";', 'Filter = "edit by B";', 'Filter = "edit by B, saved again";'].sort()
      );
  });

  it('2: offline edits that need several pushes each keep the other device’s code and a copy', async () => {
    const [a, b] = await setUp(2);
    const big = (n: number, who: string) => `Filter = ${n}; // ${who} ${'x'.repeat(160_000)}`;
    for (let n = 1; n <= 4; n++) await a.saveScanner(`s${n}`, `Scanner ${n}`, `Filter = ${n};`);
    await syncAll();
    for (let n = 1; n <= 4; n++) await a.saveScanner(`s${n}`, `Scanner ${n}`, big(n, 'A'));
    for (let n = 1; n <= 4; n++) await b.saveScanner(`s${n}`, `Scanner ${n}`, big(n, 'B'));
    await sync(a);
    await sync(b);
    await syncAll();
    const expected = [1, 2, 3, 4].flatMap((n) => [codeOf(big(n, 'A')), codeOf(big(n, 'B'))]).sort();
    for (const device of devices) expect(await codes(device)).toEqual(expected);
    expect((await server.live()).scanners.get('s4')?.code).toBe(codeOf(big(4, 'A')));
  });

  it('3: a push that arrives after a newer one undoes nothing', async () => {
    const [a] = await setUp(1);
    await a.saveScanner('s1', 'n0', 'Filter = 0;');
    await a.saveWatchlist('w1', 'Banks', ['SBIN']);
    await sync(a);
    await a.saveScanner('s1', 'n1', 'Filter = 1;');
    await a.saveWatchlist('w1', 'Banks', ['SBIN', 'ITC']);
    holdBack = true;
    await sync(a);
    holdBack = false;
    await a.saveScanner('s1', 'n2', 'Filter = 2;');
    await a.saveWatchlist('w1', 'Banks', ['SBIN']);
    await sync(a);
    for (const body of held) await server.request(body);
    await syncAll();
    const state = await server.live();
    expect([...state.scanners.values()]).toEqual([{ name: 'n2', code: 'Filter = 2;' }]);
    expect(state.watchlists.get('w1')?.symbols).toEqual(['SBIN']);
  });

  it('4: a lost answer followed by another edit does not make a device conflict with itself', async () => {
    const [a] = await setUp(1);
    await a.saveScanner('s1', 'EMA', 'Filter = 0;');
    await sync(a);
    await a.saveScanner('s1', 'EMA', 'Filter = 1;');
    dropAnswer = true;
    await sync(a);
    dropAnswer = false;
    await a.saveScanner('s1', 'EMA', 'Filter = 2;');
    await syncAll();
    expect(await codes(a)).toEqual(['Filter = 2;']);
    expect([...(await server.live()).scanners.values()]).toEqual([{ name: 'EMA', code: 'Filter = 2;' }]);
  });

  it('5: after a restore from backup a device resyncs from zero, gets what it missed and keeps its unsent edits', async () => {
    const [a, b] = await setUp(2);
    await a.saveScanner('s1', 'Old', 'Filter = 1;');
    await syncAll();
    await server.backup();
    await a.saveScanner('s2', 'Lost by the restore', 'Filter = 2;');
    await syncAll();
    await server.restore();
    await b.saveScanner('s3', 'Made after the restore', 'Filter = 3;');
    await sync(b);
    await a.saveScanner('s1', 'Old', 'Filter = 1, edited;');
    await syncAll();
    const expected = ['Filter = 1, edited;', 'Filter = 2;', 'Filter = 3;'];
    expect([...(await server.live()).scanners.values()].map((s) => s.code).sort()).toEqual(expected);
    for (const device of devices) expect(await codes(device)).toEqual(expected);
  });

  it('1b: a save during an in-flight sync of a scanner created here, whose first answer was lost, keeps the other device’s edit', async () => {
    const [a, b] = await setUp(2);
    await b.saveScanner('s1', 'EMA', 'Filter = "created by B";');
    dropAnswer = true;
    await sync(b);
    dropAnswer = false;
    await sync(a);
    await a.saveScanner('s1', 'EMA', 'Filter = "edit by A";');
    await sync(a);
    // B sends its creation again; before the answer arrives it saves an edit of the code it had.
    inFlight = (device) => device.saveScanner('s1', 'EMA', 'Filter = "edit by B";').then(() => undefined);
    await sync(b);
    await syncAll();
    const expected = ['Filter = "edit by A";', 'Filter = "edit by B";'];
    expect([...(await server.live()).scanners.values()].map((s) => s.code).sort()).toEqual(expected);
    for (const device of devices) expect(await codes(device)).toEqual(expected);
  });

  it('2b: a scanner created here whose first answer was lost, edited again and left for a later push, keeps the other device’s edit', async () => {
    const [a, b] = await setUp(2);
    await b.saveScanner('s1', 'EMA', 'Filter = "created by B";');
    dropAnswer = true;
    await sync(b);
    dropAnswer = false;
    await sync(a);
    await a.saveScanner('s1', 'EMA', 'Filter = "edit by A";');
    await sync(a);
    await b.saveScanner('s1', 'EMA', 'Filter = "edit by B";');
    // Sorted before s1 and too big for one push: s1 goes in the second, after the first pulled A's edit.
    const big = (n: number) => `Filter = ${n}; // ${'x'.repeat(160_000)}`;
    for (let n = 1; n <= 4; n++) await b.saveScanner(`a${n}`, `Big ${n}`, big(n));
    await sync(b);
    await syncAll();
    const expected = [
      'Filter = "edit by A";',
      'Filter = "edit by B";',
      ...[1, 2, 3, 4].map((n) => codeOf(big(n)))
    ].sort();
    expect([...(await server.live()).scanners.values()].map((s) => s.code).sort()).toEqual(expected);
    for (const device of devices) expect(await codes(device)).toEqual(expected);
  });

  it('5b: a list renamed, a symbol removed and added again, then pushed to a server restored from a backup without the symbol: the symbol stays', async () => {
    const [a] = await setUp(2);
    await a.saveWatchlist('w1', 'Banks', ['ITC']);
    await syncAll();
    await server.backup();
    await a.saveWatchlist('w1', 'Banks', ['ITC', 'AXISBANK']);
    await syncAll();
    await a.saveWatchlist('w1', 'Big banks', ['ITC', 'AXISBANK']);
    await a.saveWatchlist('w1', 'Big banks', ['ITC']);
    await server.restore();
    await a.saveWatchlist('w1', 'Big banks', ['ITC', 'AXISBANK']);
    await syncAll();
    const expected = { name: 'Big banks', symbols: ['AXISBANK', 'ITC'] };
    expect((await server.live()).watchlists.get('w1')).toEqual(expected);
    for (const device of devices) expect((await device.live()).watchlists.get('w1')).toEqual(expected);
  });

  it('concurrent description and category edits: the first to arrive stays and the other device is told what it lost', async () => {
    const [a, b] = await setUp(2);
    await a.saveScanner('s1', 'EMA', 'Filter = 0;', { description: 'start', category: 'trend' });
    await syncAll();
    await a.saveScanner('s1', 'EMA', 'Filter = 0;', { description: 'by A', category: 'momentum' });
    await b.saveScanner('s1', 'EMA', 'Filter = 0;', { description: 'by B', category: 'trend' });
    expect((await sync(a))?.conflicts).toEqual([]);
    const lost = await sync(b);
    expect(lost?.conflicts.map((c) => [c.kind, c.text])).toEqual([
      [
        'edit-lost',
        'Another device changed this scanner\'s description first (set it to "by A"), so "by B" was not kept.'
      ]
    ]);
    await syncAll();
    for (const device of devices)
      expect(await device.scannerDb.scanners.get('s1')).toMatchObject({ description: 'by A', category: 'momentum' });
  });
});
