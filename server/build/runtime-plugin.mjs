import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

/** A module meant for the bundle keeps the bundle's own import.meta.url. */
const BUNDLE_RELATIVE = /\.compiled\.ts$/;
/** The engine's Node spawn; in the bundle its worker threads start the compiled worker entry. */
const NODE_SPAWN = 'src-worker/pool/spawn.node.ts';
const COMPILED_WORKER_THREADS = 'server/build/worker-threads.compiled.ts';

/**
 * esbuild plugin for the server's bundle:
 * - the platform imports (`#quickjs-wasm`, `#spawn-engine-worker`) resolve to their Node targets in
 *   package.json;
 * - the Node spawn's `node:worker_threads` starts the compiled worker entry (no TypeScript loader);
 * - every other module keeps its source file's import.meta.url, so paths built from it
 *   (`../data/nse/`, `../build`) land where they do when run from source. The bundle sits two
 *   folders below the project root (`build-server/<id>/`) and the rewritten URL is relative to it,
 *   so a copy of the root with the bundle (the Docker image) resolves them inside that copy.
 * @example await esbuild.build({ ..., plugins: [runtimePlugin(root)] })
 */
export function runtimePlugin(root) {
  const { imports } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  return {
    name: 'fluxscan-runtime',
    setup(build) {
      build.onResolve({ filter: /^#/ }, ({ path }) => {
        const target = imports?.[path]?.default;
        return target ? { path: join(root, target) } : { errors: [{ text: `${path}: package.json "imports" has no default (Node) target` }] };
      });
      build.onResolve({ filter: /^node:worker_threads$/ }, ({ importer }) =>
        importer === join(root, NODE_SPAWN) ? { path: join(root, COMPILED_WORKER_THREADS) } : undefined
      );
      build.onLoad({ filter: /\.ts$/ }, async ({ path }) => {
        const source = await readFile(path, 'utf8');
        if (BUNDLE_RELATIVE.test(path) || !source.includes('import.meta.url')) return { contents: source, loader: 'ts' };
        const fromBundle = `../../${relative(root, path).split('\\').join('/')}`;
        const sourceUrl = `new URL(${JSON.stringify(fromBundle)}, import.meta.url).href`;
        return { contents: source.replaceAll('import.meta.url', sourceUrl), loader: 'ts' };
      });
    }
  };
}
