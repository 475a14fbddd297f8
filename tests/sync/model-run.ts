import { syncRounds } from '../../src/lib/sync/sync-engine.js';
import { codeOf } from '../../src-worker/contract/scanner-code.js';
import { ModelDevice } from './model-device.js';
import { convergenceViolations, lostCodeEdits, symbolViolations } from './model-invariants.js';
import { ModelLog } from './model-ops.js';
import { Rng } from './model-rng.js';
import { ModelServer, type KillMoment } from './model-server.js';

type Fault = 'none' | 'drop-answer' | 'duplicate' | 'hold-request' | 'save-in-flight' | 'kill-server';
const SYMBOLS = ['SBIN', 'ITC', 'TCS', 'INFY', 'HDFCBANK', 'AXISBANK'];
/** Code this long makes a few scanners overflow one push (600 KB): the batch is split. */
const BULK_PADDING = 'x'.repeat(190_000);

export interface ScheduleReport {
  seed: number;
  steps: number;
  /** How many times the server was SIGKILLed mid-request. */
  kills: number;
  violations: string[];
}

/**
 * One random schedule: 2–4 devices editing scanners and watchlists against the real sync
 * route, with dropped answers, duplicated requests, requests held back and delivered late,
 * saves while a sync is in flight, big code edits split across pushes, server restarts,
 * SIGKILLs mid-request, months passing (idle devices' rows and the change log pruned) and a
 * restore from backup. Then two quiet syncs per device and the invariants.
 */
export async function runSchedule(seed: number, length: number, killWeight = 1): Promise<ScheduleReport> {
  const rng = new Rng(seed);
  const server = new ModelServer(1 + rng.int(6));
  await server.open();
  const log = new ModelLog();
  const held: string[] = [];
  const faults = new Map<ModelDevice, Fault>();
  let step = 0;
  let kills = 0;
  let counter = 0;
  const fresh = (prefix: string) => `${prefix}${seed.toString(36)}x${++counter}`;

  // SYNC_MODEL_TRACE=1 prints every step, push and answer of a schedule (with SYNC_MODEL_SEED to replay one).
  const trace = process.env.SYNC_MODEL_TRACE ? (line: string) => console.log(`[${step}] ${line}`) : () => {};

  const post = async (device: ModelDevice, body: unknown): Promise<Response> => {
    const json = JSON.stringify(body);
    const fault = faults.get(device) ?? 'none';
    faults.delete(device); // A fault hits the first request of a sync only.
    if (fault === 'hold-request') {
      held.push(json);
      throw new TypeError('request held back');
    }
    if (fault === 'kill-server') {
      kills++;
      await server.killDuringRequest(
        json,
        rng.pick<KillMoment>(['on-arrival', 'mid-write', 'mid-write', 'after-answer'])
      );
      throw new TypeError('server killed');
    }
    const sentAt = log.nextOrder;
    let response = await server.request(json);
    if (fault === 'duplicate') response = await server.request(json);
    if (fault === 'drop-answer') throw new TypeError('answer lost');
    if (fault === 'save-in-flight') await userEdit(device);
    const text = await response.text();
    trace(`   ${device.name} ${fault} push ${json.slice(0, 400)}\n   answer ${text.slice(0, 600)}`);
    if (response.ok) {
      const sent = new Map(
        (body as { changes: Array<{ changeId: string; id: string; deleted: boolean }> }).changes.map((c) => [
          c.changeId,
          c
        ])
      );
      for (const applied of (JSON.parse(text) as { applied: Array<{ changeId: string }> }).applied) {
        const change = sent.get(applied.changeId)!;
        log.ack(device.name, change.id, sentAt, change.deleted, step);
      }
    }
    return new Response(text, { status: response.status, headers: { 'content-type': 'application/json' } });
  };

  const devices = Array.from({ length: 2 + rng.int(3) }, (_, i) => new ModelDevice(`device-${i}`, post));

  async function userEdit(device: ModelDevice, bulk = false): Promise<void> {
    const scanners = await device.scannerDb.scanners.toArray();
    const lists = await device.watchlistDb.watchlists.toArray();
    const action = bulk
      ? 'bulk'
      : rng.weighted({
          createScanner: scanners.length < 5 ? 3 : 0,
          code: scanners.length ? 6 : 0,
          rename: scanners.length ? 2 : 0,
          deleteScanner: scanners.length ? 1 : 0,
          createList: lists.length < 3 ? 2 : 0,
          symbols: lists.length ? 6 : 0,
          renameList: lists.length ? 1 : 0,
          deleteList: lists.length ? 1 : 0
        });
    const name = device.name;
    if (action === 'createScanner') {
      const id = fresh('s');
      const value = `Filter = close > ${++counter};`;
      log.add({
        kind: 'code',
        device: name,
        record: id,
        value,
        parent: null,
        changeId: await device.saveScanner(id, fresh('Scanner '), value)
      });
    } else if (action === 'code' || action === 'bulk') {
      for (const scanner of action === 'bulk' ? scanners.slice(0, 4) : [rng.pick(scanners)]) {
        const value = `Filter = close > ${++counter};${action === 'bulk' ? ` // ${BULK_PADDING}` : ''}`;
        log.add({
          kind: 'code',
          device: name,
          record: scanner.id,
          value: codeOf(value),
          parent: codeOf(scanner.source),
          changeId: await device.saveScanner(scanner.id, scanner.name, value)
        });
      }
    } else if (action === 'rename') {
      const scanner = rng.pick(scanners);
      log.add({
        kind: 'other',
        device: name,
        record: scanner.id,
        changeId: await device.saveScanner(scanner.id, fresh('Scanner '), codeOf(scanner.source))
      });
    } else if (action === 'deleteScanner') {
      const scanner = rng.pick(scanners);
      log.add({
        kind: 'delete-scanner',
        device: name,
        record: scanner.id,
        parent: codeOf(scanner.source),
        changeId: await device.deleteScanner(scanner.id)
      });
    } else if (action === 'createList') {
      const id = fresh('w');
      const symbols = SYMBOLS.filter(() => rng.next() < 0.3);
      const changeId = await device.saveWatchlist(id, fresh('List '), symbols);
      for (const symbol of symbols)
        log.add({ kind: 'symbol', device: name, record: id, symbol, present: true, changeId });
    } else if (action === 'symbols') {
      const list = rng.pick(lists);
      const symbol = rng.pick(SYMBOLS);
      const present = !list.symbols.some((s) => s.symbol === symbol);
      const symbols = present
        ? [...list.symbols.map((s) => s.symbol), symbol]
        : list.symbols.map((s) => s.symbol).filter((s) => s !== symbol);
      log.add({
        kind: 'symbol',
        device: name,
        record: list.id,
        symbol,
        present,
        changeId: await device.saveWatchlist(list.id, list.name, symbols)
      });
    } else if (action === 'renameList') {
      const list = rng.pick(lists);
      log.add({
        kind: 'other',
        device: name,
        record: list.id,
        changeId: await device.saveWatchlist(
          list.id,
          fresh('List '),
          list.symbols.map((s) => s.symbol)
        )
      });
    } else if (action === 'deleteList') {
      const list = rng.pick(lists);
      log.add({ kind: 'delete-list', device: name, record: list.id, changeId: await device.deleteWatchlist(list.id) });
    }
  }

  const sync = async (device: ModelDevice, fault: Fault) => {
    trace(`${device.name} sync ${fault}`);
    faults.set(device, fault);
    await syncRounds(device.context).catch((error: unknown) => {
      if (!(error instanceof TypeError)) throw error; // Only the injected network failures are expected.
    });
    faults.delete(device);
  };

  try {
    for (; step < length; step++) {
      const device = rng.pick(devices);
      const kind = rng.weighted({
        edit: 45,
        sync: 35,
        late: held.length ? 6 : 0,
        restart: 3,
        kill: killWeight,
        idle: 1,
        backup: 3,
        restore: server.hasBackup ? 2 : 0,
        bulk: 1
      });
      if (kind === 'edit') await userEdit(device);
      else if (kind === 'bulk') await userEdit(device, true);
      else if (kind === 'sync')
        await sync(
          device,
          rng.weighted<Fault>({
            none: 50,
            'drop-answer': 12,
            duplicate: 12,
            'hold-request': 12,
            'save-in-flight': 14,
            'kill-server': 0
          })
        );
      else if (kind === 'kill') await sync(device, 'kill-server');
      if (kind !== 'sync' && kind !== 'edit') trace(kind);
      if (kind === 'edit') trace(`${device.name} edit -> ${JSON.stringify(log.ops[log.ops.length - 1])}`);
      if (kind === 'late') await server.request(held.splice(rng.int(held.length), 1)[0]);
      else if (kind === 'restart') await server.restart();
      else if (kind === 'idle') server.passIdleTime();
      else if (kind === 'backup') await server.backup();
      else if (kind === 'restore') {
        await server.restore();
        log.lastRestoreStep = step;
      }
    }
    // Whatever was held back arrives late, then everyone syncs twice without faults.
    for (const body of held.splice(0)) await server.request(body);
    for (let round = 0; round < 2; round++) for (const device of devices) await sync(device, 'none');
    step++;

    const serverState = await server.live();
    const states = await Promise.all(
      devices.map(async (d) => ({ name: d.name, state: await d.live(), pending: await d.pending() }))
    );
    const violations = [
      ...convergenceViolations(serverState, states),
      ...lostCodeEdits(serverState, log),
      ...symbolViolations(serverState, log)
    ];
    return { seed, steps: length, kills, violations };
  } finally {
    for (const device of devices) device.close();
    server.dispose();
  }
}

/** Runs `count` schedules from consecutive seeds; returns the totals and every violation with its seed. */
export async function runSchedules(
  firstSeed: number,
  count: number,
  length: number,
  killWeight = 1
): Promise<{ schedules: number; steps: number; kills: number; violations: string[] }> {
  const totals = { schedules: 0, steps: 0, kills: 0, violations: [] as string[] };
  for (let i = 0; i < count; i++) {
    const report = await runSchedule(firstSeed + i, length, killWeight);
    totals.schedules++;
    totals.steps += report.steps;
    totals.kills += report.kills;
    totals.violations.push(...report.violations.map((v) => `seed ${report.seed}: ${v}`));
  }
  return totals;
}
