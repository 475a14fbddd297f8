const DYNAMIC_IMPORT = /(?:import\s*\(|from)\s*[`'"](\.{1,2}\/[\w./-]+\.js)[`'"]/g;
const URL_ASSET = /new URL\(\s*[`'"]([\w./-]+)[`'"]\s*,\s*import\.meta\.url\s*\)/g;

/**
 * The files a bundled worker script loads lazily, as same-origin paths: its chunks
 * (`import('./chunks/a.js')`, `from './b.js'`) and assets (`new URL('assets/q.wasm', import.meta.url)`).
 * SvelteKit's `$service-worker` build list names the worker entry but not these, and
 * without them a scan cannot start offline.
 * @example workerAssetPaths('/_app/immutable/workers/w.js', src) // ['/_app/immutable/workers/chunks/a.js', …]
 */
export function workerAssetPaths(scriptPath: string, source: string): string[] {
  const base = new URL(scriptPath, 'https://app.invalid');
  const relatives = [...source.matchAll(DYNAMIC_IMPORT), ...source.matchAll(URL_ASSET)].map(([, path]) => path);
  const paths = relatives
    .map((relative) => new URL(relative, base))
    .filter((url) => url.origin === base.origin)
    .map((url) => url.pathname);
  return [...new Set(paths)];
}
