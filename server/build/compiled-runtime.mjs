import { existsSync, readFileSync, statSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { MANIFEST, PROJECT_ROOT, RUNTIME_FOLDER } from './runtime-layout.mjs';

/**
 * Why the compiled runtime in `outdir` must be rebuilt from the sources in `root`, or null when it
 * is current: no build yet, or a source file it was built from (or package.json, or the build
 * script) changed or disappeared since. Only the files the build read are looked at.
 * @example staleReason() // 'server/cli/main.ts changed'
 */
export function staleReason({ root = PROJECT_ROOT, outdir = join(root, RUNTIME_FOLDER) } = {}) {
  const manifestPath = join(outdir, MANIFEST);
  if (!existsSync(manifestPath)) return 'not built yet';
  const { builtAt, inputs } = JSON.parse(readFileSync(manifestPath, 'utf8'));
  for (const input of inputs) {
    const info = statSync(join(root, input), { throwIfNoEntry: false });
    if (!info) return `${input} is gone`;
    if (info.mtimeMs > builtAt) return `${input} changed`;
  }
  return null;
}

/** How long a compile may hold the lock before another process takes it over (a compile takes ~1 s). */
const LOCK_STALE_MS = 60_000;

/**
 * The compiled runtime's folder, compiled first when it is missing or older than its sources.
 * One process compiles at a time (a lock folder beside the builds); the others wait for it and
 * use its build. esbuild is loaded only to compile, so a current build starts without it.
 * @example await import(join(await ensureCompiledRuntime(), 'cli.mjs'))
 */
export async function ensureCompiledRuntime(options = {}) {
  const root = options.root ?? PROJECT_ROOT;
  const outdir = options.outdir ?? join(root, RUNTIME_FOLDER);
  if (staleReason({ root, outdir }) === null) return outdir;
  const lock = join(outdir, '.compiling');
  await mkdir(outdir, { recursive: true });
  while (!(await tryLock(lock))) await new Promise((resolve) => setTimeout(resolve, 50));
  try {
    if (staleReason({ root, outdir }) === null) return outdir;
    const { compileRuntime } = await import('./compile-runtime.mjs');
    return await compileRuntime({ root, outdir });
  } finally {
    await rm(lock, { recursive: true, force: true });
  }
}

/** Takes the lock, or a lock left behind by a compile that died; false while another process holds it. */
async function tryLock(lock) {
  try {
    await mkdir(lock);
    return true;
  } catch (error) {
    if (error.code !== 'EEXIST') throw error;
    const held = statSync(lock, { throwIfNoEntry: false });
    if (held && Date.now() - held.mtimeMs > LOCK_STALE_MS) await rm(lock, { recursive: true, force: true });
    return false;
  }
}
