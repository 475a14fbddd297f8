import { existsSync, readFileSync, statSync } from 'node:fs';
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

/**
 * The compiled runtime's folder, compiled first when it is missing or older than its sources.
 * esbuild is loaded only then, so a current build starts without it.
 * @example await import(join(await ensureCompiledRuntime(), 'cli.mjs'))
 */
export async function ensureCompiledRuntime(options = {}) {
  const root = options.root ?? PROJECT_ROOT;
  const outdir = options.outdir ?? join(root, RUNTIME_FOLDER);
  const reason = staleReason({ root, outdir });
  if (reason === null) return outdir;
  const { compileRuntime } = await import('./compile-runtime.mjs');
  return compileRuntime({ root, outdir });
}
