import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from './main.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const APP_SOURCES = ['src', 'src-worker', 'static', 'svelte.config.js', 'vite.config.ts', 'package.json'];

function newestChange(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestChange(join(path, name))), stat.mtimeMs);
}

/** True when there is no build or a source changed after it. */
function buildIsStale(): boolean {
  // The same directory the server serves (FLUXSCAN_BUILD_DIR, as in server/app.ts).
  const index = join(ROOT, process.env.FLUXSCAN_BUILD_DIR ?? 'build', 'index.html');
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  return APP_SOURCES.some((source) => existsSync(join(ROOT, source)) && newestChange(join(ROOT, source)) > built);
}

if (buildIsStale()) {
  console.log('Building the FluxScan app…');
  const result = spawnSync('npx', ['vite', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('The build failed; see the output above.');
    process.exit(1);
  }
}
await startServer();
