import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from './index.js';

const WRITER = fileURLToPath(new URL('./crash-writer.fixture.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'fluxscan-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Round {
  committed: Map<string, number>;
  running: string[];
}

/** Runs the writer until it has committed `minimum` runs, then SIGKILLs it `extraMs` later. */
function writeThenKill(path: string, minimum: number, extraMs: number): Promise<Round> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, path], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe']
    });
    const round: Round = { committed: new Map(), running: [] };
    let buffered = '';
    let stderr = '';
    let armed = false;
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      for (const line of lines) {
        const [word, id, count] = line.split(' ');
        if (word === 'committed') round.committed.set(id, Number(count));
        if (word === 'running') round.running.push(id);
      }
      if (!armed && round.committed.size >= minimum) {
        armed = true;
        setTimeout(() => child.kill('SIGKILL'), extraMs);
      }
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve(round);
      else reject(new Error(`writer exited on its own (${code}): ${stderr}`));
    });
  });
}

describe('the store survives being killed mid-write', () => {
  it('keeps every acknowledged run intact, stays consistent, and marks the open runs interrupted', async () => {
    const path = join(dir, 'fluxscan.db');
    const committed = new Map<string, number>();
    const running: string[] = [];
    for (let round = 0; round < 5; round++) {
      const outcome = await writeThenKill(path, 1 + round, Math.floor(Math.random() * 250));
      outcome.committed.forEach((count, id) => committed.set(id, count));
      running.push(...outcome.running);
    }
    expect(committed.size).toBeGreaterThanOrEqual(15);
    expect(running).toHaveLength(5);

    const store = await openStore(path);
    try {
      const integrity = await store.client.execute('PRAGMA integrity_check');
      expect(integrity.rows.map((row) => row[0])).toEqual(['ok']);

      expect(await store.runs.markInterruptedRuns()).toBeGreaterThanOrEqual(running.length);
      expect((await store.runs.list({ status: 'running' })).total).toBe(0);
      for (const id of running) {
        expect(await store.runs.get(id)).toMatchObject({
          status: 'interrupted',
          finishedAt: expect.any(Number),
          counts: { results: 1 }
        });
      }
      for (const [id, count] of committed) {
        const run = await store.runs.get(id);
        expect(run).toMatchObject({
          status: 'completed',
          stats: { symbols: count },
          counts: { results: count, errors: 1, signals: 20 }
        });
        const { results } = await store.runs.results(id, { limit: 1000 });
        expect(results.map((r) => r.columns.i)).toEqual(Array.from({ length: count }, (_, i) => i));
      }
    } finally {
      store.close();
    }
  }, 120_000);
});
