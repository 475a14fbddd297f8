import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { compileRuntime } from '../build/compile-runtime.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DOCKERFILE = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');
const runtime = DOCKERFILE.slice(DOCKERFILE.indexOf(' AS runtime'));

/** The runtime stage's instructions, joined across line continuations. */
const instructions = runtime
  .replace(/\\\n\s*/g, ' ')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith('#'));
const copiedFromContext = instructions
  .filter((line) => /^COPY (?!--from)/.test(line))
  .map((line) => line.split(/\s+/)[1]);
const envOfImage = Object.fromEntries(
  instructions
    .filter((line) => line.startsWith('ENV '))
    .flatMap((line) => [...line.slice(4).matchAll(/(\w+)=(\S+)/g)].map(([, key, value]) => [key, value]))
);
const jsonArgs = (keyword: string) =>
  JSON.parse(instructions.find((line) => line.startsWith(keyword))!.replace(/^.*?(\[.*\])$/, '$1')) as string[];

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Bare package names a source file imports; the build's own scripts run in the build stage only. */
function packagesImportedBy(dir: string): Set<string> {
  const names = new Set<string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.parentPath.startsWith(join(ROOT, 'server', 'build'))) continue;
    if (!entry.isFile() || !/\.(ts|mjs|js)$/.test(entry.name) || /\.(test|fixture)\.ts$|test-|fake-/.test(entry.name))
      continue;
    const text = readFileSync(join(entry.parentPath, entry.name), 'utf8');
    for (const [, specifier] of text.matchAll(/from '([^'.#][^']*)'/g)) {
      if (specifier.startsWith('node:')) continue;
      names.add(specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]);
    }
  }
  return names;
}

let workspace: string | undefined;
let server: ChildProcess | undefined;
afterAll(() => {
  server?.kill('SIGTERM');
  if (workspace) rmSync(workspace, { recursive: true, force: true });
});

describe('the Docker image', () => {
  it('is multi-stage, runs as a non-root user with FLUXSCAN_DATA_DIR on a volume, and checks its health', () => {
    expect(DOCKERFILE.match(/^FROM /gm)?.length).toBeGreaterThanOrEqual(3);
    expect(instructions).toContain('USER node');
    expect(envOfImage.FLUXSCAN_DATA_DIR).toBe('/data');
    expect(instructions).toContain('VOLUME ["/data"]');
    expect(jsonArgs('HEALTHCHECK')).toEqual(['node', 'server/deploy/healthcheck.mjs']);
  });

  it('needs only the runtime dependencies it installs (npm ci --omit=dev)', () => {
    const { dependencies } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    const imported = new Set([
      ...packagesImportedBy(join(ROOT, 'server')),
      ...packagesImportedBy(join(ROOT, 'src-worker'))
    ]);
    expect([...imported].filter((name) => !(name in dependencies))).toEqual([]);
  });

  it('starts from a clean copy of exactly what the runtime stage holds, with its own command, and reports healthy', async () => {
    workspace = mkdtempSync(join(tmpdir(), 'fluxscan-runtime-'));
    const app = join(workspace, 'app');
    mkdirSync(app);
    for (const path of copiedFromContext) cpSync(join(ROOT, path), join(app, path), { recursive: true });
    // The build stage's output: the app itself is tested elsewhere; here the server must serve it.
    mkdirSync(join(app, 'build'));
    writeFileSync(join(app, 'build', 'index.html'), '<!doctype html><title>FluxScan</title><script>start()</script>');
    await compileRuntime({ outdir: join(app, 'build-server') });
    symlinkSync(join(ROOT, 'node_modules'), join(app, 'node_modules'), 'dir');
    const port = await freePort();
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: workspace,
      ...envOfImage,
      FLUXSCAN_PORT: String(port),
      FLUXSCAN_DATA_DIR: join(workspace, 'data'),
      FLUXSCAN_PASSWORD: 'a long passphrase for the runtime check'
    };

    const [command, ...args] = jsonArgs('CMD');
    server = spawn(command, args, { cwd: app, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    server.stderr!.on('data', (chunk) => (stderr += chunk));
    await new Promise<void>((resolve, reject) => {
      let stdout = '';
      server!.stdout!.on('data', (chunk) => {
        stdout += chunk;
        if (stdout.includes('FluxScan is running on')) resolve();
      });
      server!.once('exit', (code) => reject(new Error(`the server exited with ${code}: ${stderr}`)));
    });

    const health = spawnSync('node', jsonArgs('HEALTHCHECK').slice(1), { cwd: app, env });
    expect(health.status).toBe(0);
    const page = await fetch(`http://127.0.0.1:${port}/scan`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>FluxScan</title>');
    expect(stderr).toBe('');
  });

  it('scans with the compiled CLI and its engine workers from the same copy, without the sources', () => {
    expect(workspace).toBeDefined();
    const app = join(workspace!, 'app');
    expect(readdirSync(app).sort()).toEqual(['build', 'build-server', 'node_modules', 'package.json', 'server']);
    const scanner = join(workspace!, 'scanner.js');
    cpSync(join(ROOT, 'server/cli/examples/ema-trend-rsi.js'), scanner);
    const scan = spawnSync(
      'node',
      [
        'build-server/cli.mjs',
        'scan',
        '--scanner',
        scanner,
        '--csv',
        'server/data/nifty50-daily/INFY.csv',
        'server/data/nifty50-daily/TCS.csv',
        '--format',
        'json'
      ],
      { cwd: app, encoding: 'utf8' }
    );
    expect(scan.stderr).toBe('');
    expect(scan.status).toBe(0);
    const report = JSON.parse(scan.stdout) as { stats: { symbols: number; errors: number } };
    expect(report.stats).toMatchObject({ symbols: 2, errors: 0 });
  });
});
