import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureCompiledRuntime, staleReason } from './compiled-runtime.mjs';
import { PROJECT_ROOT } from './runtime-layout.mjs';

// Inside the project (two folders below its root, as build-server/<id>/ is) so the compiled code finds server/data.
const outdir = join(PROJECT_ROOT, `build-server-test-${process.pid}`);
const scratch = mkdtempSync(join(tmpdir(), 'fluxscan-freshness-'));
afterAll(() => {
  rmSync(outdir, { recursive: true, force: true });
  rmSync(scratch, { recursive: true, force: true });
});

const runCompiled = (args: string[]) => spawnSync(process.execPath, [join(outdir, 'cli.mjs'), ...args], { cwd: PROJECT_ROOT, encoding: 'utf8' });

describe('the compiled server and CLI', () => {
  it('are compiled once when missing, then current, and the CLI scans in compiled engine workers', async () => {
    expect(staleReason({ outdir })).toBe('not built yet');
    // Two at once (as parallel test files or commands do): one compiles, the other waits and uses its build.
    await Promise.all([ensureCompiledRuntime({ outdir }), ensureCompiledRuntime({ outdir })]);
    expect(staleReason({ outdir })).toBeNull();
    const { id, inputs } = JSON.parse(readFileSync(join(outdir, 'manifest.json'), 'utf8')) as { id: string; inputs: string[] };
    expect(readdirSync(outdir, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name)).toEqual([id]);
    expect(inputs).toEqual(expect.arrayContaining(['server/cli/main.ts', 'server/main.ts', 'src-worker/worker/engine-worker.node.ts', 'package.json']));
    // Nothing compiled loads tsx or a .ts file at run time; the engine worker starts from its compiled entry.
    const compiled = readdirSync(join(outdir, id)).filter((name) => name.endsWith('.mjs'));
    expect(compiled).toEqual(expect.arrayContaining(['cli.mjs', 'start.mjs', 'main.mjs', 'engine-worker.mjs']));
    for (const name of compiled) expect(readFileSync(join(outdir, id, name), 'utf8')).not.toMatch(/from ["']tsx|import\(["'][^"']*(tsx|\.ts["'])/);

    const scan = runCompiled(['scan', '--scanner', 'server/cli/examples/ema-trend-rsi.js', '--csv', 'server/data/nifty50-daily', '--workers', '2', '--format', 'json']);
    expect(scan.stderr).toBe('');
    expect(scan.status).toBe(0);
    const report = JSON.parse(scan.stdout) as { stats: { symbols: number; errors: number; workers: number } };
    expect(report.stats).toMatchObject({ symbols: 50, errors: 0, workers: 2 });
  });

  it('keeps a build a running process started from when it builds again', async () => {
    const { id: first } = JSON.parse(readFileSync(join(outdir, 'manifest.json'), 'utf8')) as { id: string };
    const { compileRuntime } = await import('./compile-runtime.mjs');
    await compileRuntime({ outdir });
    const { id: second } = JSON.parse(readFileSync(join(outdir, 'manifest.json'), 'utf8')) as { id: string };
    expect(second).not.toBe(first);
    expect(readdirSync(outdir)).toEqual(expect.arrayContaining([first, second]));
    expect(readFileSync(join(outdir, 'cli.mjs'), 'utf8')).toContain(`./${second}/cli.mjs`);
  });

  it('are out of date when a file they were built from changed or is gone', () => {
    const root = join(scratch, 'project');
    const built = join(root, 'build-server');
    mkdirSync(built, { recursive: true });
    writeFileSync(join(root, 'a.ts'), 'export const a = 1;\n');
    writeFileSync(join(root, 'b.ts'), 'export const b = 2;\n');
    const builtAt = Date.now();
    writeFileSync(join(built, 'manifest.json'), JSON.stringify({ id: 'x', builtAt, inputs: ['a.ts', 'b.ts'] }));
    const before = new Date(builtAt - 60_000);
    utimesSync(join(root, 'a.ts'), before, before);
    utimesSync(join(root, 'b.ts'), before, before);
    expect(staleReason({ root, outdir: built })).toBeNull();

    const after = new Date(builtAt + 1_000);
    utimesSync(join(root, 'b.ts'), after, after);
    expect(staleReason({ root, outdir: built })).toBe('b.ts changed');

    rmSync(join(root, 'a.ts'));
    expect(staleReason({ root, outdir: built })).toBe('a.ts is gone');
  });

  it('compile in a fresh clone, before svelte-kit has written its files, without a warning', () => {
    const clone = join(scratch, 'clone');
    for (const path of ['server', 'src-worker', 'package.json', 'tsconfig.json']) {
      cpSync(join(PROJECT_ROOT, path), join(clone, path), { recursive: true, filter: (source) => !source.includes('node_modules') });
    }
    symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(clone, 'node_modules'), 'dir');
    const compiled = spawnSync(process.execPath, ['server/build/compile-runtime.mjs'], { cwd: clone, encoding: 'utf8' });
    expect(compiled.stderr).toBe('');
    expect(compiled.status).toBe(0);
    expect(staleReason({ root: clone })).toBeNull();
  });

  it('are never committed', () => {
    const ignored = spawnSync('git', ['check-ignore', 'build-server/manifest.json', 'build-server/some-build/cli.mjs'], { cwd: PROJECT_ROOT });
    expect(ignored.status).toBe(0);
  });
});
