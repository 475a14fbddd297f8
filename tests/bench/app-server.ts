import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BUILT_INDEX = `${ROOT}build/index.html`;
/** What the built app is made from: rebuilding is due when any of it is newer than the build. */
const APP_SOURCES = ['src', 'src-worker', 'static', 'svelte.config.js', 'vite.config.ts', 'package.json'];

function newestModification(path: string): number {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(path).reduce(
    (newest, entry) => Math.max(newest, newestModification(`${path}/${entry}`)),
    stats.mtimeMs
  );
}

const appBuildIsStale = (): boolean =>
  !existsSync(BUILT_INDEX) ||
  APP_SOURCES.some(
    (source) => existsSync(`${ROOT}${source}`) && newestModification(`${ROOT}${source}`) > statSync(BUILT_INDEX).mtimeMs
  );

/** Runs a command in the project root, resolving with its exit code and the tail of its output. */
function runCommand(command: string, args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000));
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

/** Builds the app with Vite unless build/ is newer than every source. Returns whether it built. */
export async function ensureAppBuilt(): Promise<boolean> {
  if (!appBuildIsStale()) return false;
  const { code, output } = await runCommand('npx', ['vite', 'build']);
  if (code !== 0) throw new Error(`vite build exited with ${code}: ${output.trim().split('\n').slice(-5).join(' | ')}`);
  return true;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

interface RunningAppServer {
  url: string;
  /** The process group the server runs in (npx, tsx and the server's own node process). */
  processGroup: number;
  stop(): Promise<void>;
}

/** Stops the server's whole process group (npx and tsx each start a child). */
function stopGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return Promise.resolve();
  const pid = child.pid;
  return new Promise((resolve) => {
    const forced = setTimeout(() => process.kill(-pid, 'SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(forced);
      resolve();
    });
    process.kill(-pid, 'SIGTERM');
  });
}

/**
 * Starts the FluxScan server (`tsx server/main.ts`) on a free loopback port with
 * its data under `dataDir` and any extra `env`, and waits until /api/health answers.
 * @example const server = await startAppServer('bench-results/server-data'); …; await server.stop();
 */
export async function startAppServer(
  dataDir: string,
  { timeoutMs = 30_000, env = {} }: { timeoutMs?: number; env?: Record<string, string> } = {}
): Promise<RunningAppServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn('npx', ['tsx', 'server/main.ts'], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, ...env, FLUXSCAN_HOST: '127.0.0.1', FLUXSCAN_PORT: String(port), FLUXSCAN_DATA_DIR: dataDir }
  });
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => (errors = (errors + chunk.toString()).slice(-2000)));
  // Should this process die first, the server must not outlive it.
  const stopOnExit = () => child.pid !== undefined && child.exitCode === null && process.kill(-child.pid, 'SIGKILL');
  process.once('exit', stopOnExit);
  const stop = async () => {
    process.off('exit', stopOnExit);
    await stopGroup(child);
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}: ${errors.trim()}`);
    const healthy = await fetch(`${url}/api/health`).then(
      (response) => response.ok,
      () => false
    );
    if (healthy) return { url, processGroup: child.pid!, stop };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await stop();
  throw new Error(`the server did not answer on ${url} within ${timeoutMs / 1000} s: ${errors.trim()}`);
}
