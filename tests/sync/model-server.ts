import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { Hono } from 'hono';
import { codeOf } from '../../src-worker/contract/scanner-code.js';
import { handleHttpError } from '../../server/http/errors.js';
import { openStore, storePath, type Store } from '../../server/store/index.js';
import { DEVICE_IDLE_DAYS } from '../../server/sync/device-pruning.js';
import { createSyncRoutes } from '../../server/sync/index.js';

export interface LiveState {
  scanners: Map<string, { name: string; code: string }>;
  watchlists: Map<string, { name: string; symbols: string[] }>;
}

const CHILD_SOURCE = fileURLToPath(new URL('./model-server-child.ts', import.meta.url));
let childScript: Promise<string> | undefined;

/**
 * The child server bundled once per test process (inside node_modules so its packages
 * resolve): plain node then starts it in a fraction of what transpiling on every start costs.
 */
function bundledChild(): Promise<string> {
  const outfile = fileURLToPath(new URL('../../node_modules/.cache/fluxscan-sync-model/child.mjs', import.meta.url));
  childScript ??= build({
    entryPoints: [CHILD_SOURCE],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'error'
  }).then(() => outfile);
  return childScript;
}

/**
 * When a killed server dies: as the request arrives (before any write), as its write
 * transaction starts (during it or just after the commit), or after it answered (the answer
 * never reaches the device).
 */
export type KillMoment = 'on-arrival' | 'mid-write' | 'after-answer';

/**
 * The real sync route over a real SQLite file, which a schedule can restart (close and
 * reopen the file: a new server run), SIGKILL mid-request (the route in a child process on
 * the same file, killed, then the file reopened), back up (a consistent copy) and restore from that copy.
 */
export class ModelServer {
  private readonly dir = mkdtempSync(join(tmpdir(), 'fluxscan-sync-model-'));
  private path = storePath(this.dir);
  private restores = 0;
  private readonly backupPath = join(this.dir, 'backup.db');
  private store!: Store;
  /** Added to the server's clock: a schedule lets months pass so idle devices are pruned. */
  private clockOffset = 0;
  private app!: Hono;
  hasBackup = false;

  constructor(private readonly pullLimit: number) {}

  async open(): Promise<void> {
    this.store = await openStore(this.path);
    this.app = new Hono().route(
      '/api/sync',
      createSyncRoutes(this.store, { pullLimit: this.pullLimit, now: () => Date.now() + this.clockOffset })
    );
    this.app.onError(handleHttpError);
  }

  request(body: string): Promise<Response> {
    return Promise.resolve(
      this.app.request('/api/sync', { method: 'POST', headers: { 'content-type': 'application/json' }, body })
    );
  }

  async restart(): Promise<void> {
    this.store.close();
    await this.open();
  }

  /**
   * Hands the database to a server child process, sends it `body`, SIGKILLs it at `moment`
   * and starts serving the same file again in this process. The device never hears an answer.
   */
  async killDuringRequest(body: string, moment: KillMoment): Promise<void> {
    const script = await bundledChild();
    this.store.close();
    const child = spawn(process.execPath, [script, this.path, String(this.pullLimit), String(this.clockOffset)], {
      stdio: ['ignore', 'pipe', 'inherit']
    });
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    const waiting: Array<{ prefix: string; resolve: (line: string) => void }> = [];
    createInterface({ input: child.stdout }).on('line', (line) => {
      const index = waiting.findIndex((w) => line.startsWith(w.prefix));
      if (index >= 0) waiting.splice(index, 1)[0].resolve(line);
    });
    const line = (prefix: string) =>
      Promise.race([
        new Promise<string>((resolve) => waiting.push({ prefix, resolve })),
        exited.then(() => Promise.reject(new Error(`the sync server exited before "${prefix}"`)))
      ]);
    try {
      const port = Number((await line('listening ')).split(' ')[1]);
      const cue = moment === 'after-answer' ? null : line(moment === 'on-arrival' ? 'received' : 'writing');
      const answer = fetch(`http://127.0.0.1:${port}/api/sync`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body
      })
        .then((response) => response.text())
        .catch(() => null);
      // A push with nothing to write never starts a transaction: its answer is the cue then.
      await (cue ? Promise.race([cue, answer]) : answer);
      child.kill('SIGKILL');
      await answer;
    } finally {
      child.kill('SIGKILL');
      await exited;
      await this.open();
    }
  }

  /** Moves the server's clock past the idle time: the next sync prunes every other device's rows and the old change log. */
  passIdleTime(): void {
    this.clockOffset += (DEVICE_IDLE_DAYS + 1) * 86_400_000;
  }

  async backup(): Promise<void> {
    rmSync(this.backupPath, { force: true });
    await this.store.client.execute({ sql: 'VACUUM INTO ?', args: [this.backupPath] });
    this.hasBackup = true;
  }

  /** Stops the server, puts a copy of the backup in place of its database and starts it again. */
  async restore(): Promise<void> {
    this.store.close();
    // A new file name: the closed connection's file may still be locked a moment by this process.
    this.path = join(this.dir, `restored-${++this.restores}.db`);
    copyFileSync(this.backupPath, this.path);
    await this.open();
  }

  async live(): Promise<LiveState> {
    const scanners = await this.store.client.execute('SELECT id, name, source FROM scanners WHERE deleted = 0');
    const watchlists = await this.store.client.execute('SELECT id, name, symbols FROM watchlists WHERE deleted = 0');
    return {
      scanners: new Map(
        scanners.rows.map((r) => [String(r.id), { name: String(r.name), code: codeOf(String(r.source)) }])
      ),
      watchlists: new Map(
        watchlists.rows.map((r) => [
          String(r.id),
          {
            name: String(r.name),
            symbols: (JSON.parse(String(r.symbols)) as Array<{ symbol: string }>).map((s) => s.symbol).sort()
          }
        ])
      )
    };
  }

  dispose(): void {
    this.store.close();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
