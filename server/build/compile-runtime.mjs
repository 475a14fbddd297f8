import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { MANIFEST, PROJECT_ROOT, RUNTIME_FOLDER } from './runtime-layout.mjs';
import { runtimePlugin } from './runtime-plugin.mjs';

/** The compiled programs: the server (with its app build check), the server alone, the CLI and the engine worker. */
const ENTRIES = {
  start: 'server/start.ts',
  main: 'server/main.ts',
  cli: 'server/cli/main.ts',
  'engine-worker': 'src-worker/worker/engine-worker.node.ts'
};

/** What each launcher in the runtime folder runs from the current build. */
const LAUNCHERS = {
  'start.mjs': (id) => `import './${id}/start.mjs';\n`,
  'server.mjs': (id) => `const { startServer } = await import('./${id}/main.mjs');\nawait startServer();\n`,
  'cli.mjs': (id) => `import './${id}/cli.mjs';\n`
};

/** Packages left to node_modules: native bindings, and the wasm package whose file the sandbox resolves at run time. */
const EXTERNAL_PACKAGES = ['@libsql/client', '@jitl/quickjs-wasmfile-release-sync', 'bufferutil', 'utf-8-validate'];

/** Bundled CommonJS packages call require() for Node's own modules. */
const REQUIRE_BANNER = "import { createRequire as createRequireOfBundle } from 'node:module'; const require = createRequireOfBundle(import.meta.url);";

/**
 * Old builds are removed once there are more than a few and they are a day old: a process started
 * from one (a server that spawns engine workers later) keeps its files meanwhile.
 */
const KEPT_BUILDS = 3;
const KEPT_FOR_MS = 24 * 3600_000;

/**
 * Compiles the server, the CLI and the engine worker to JavaScript with esbuild, into a new
 * folder `<outdir>/<id>/`, then points the launchers (`start.mjs`, `server.mjs`, `cli.mjs`) and
 * the manifest at it. A running process keeps its own build: nothing it loads is overwritten.
 * The manifest lists every source file the build read, for the freshness check.
 * @example await compileRuntime() // '/project/build-server'
 */
export async function compileRuntime({ root = PROJECT_ROOT, outdir = join(root, RUNTIME_FOLDER) } = {}) {
  // Taken before the build reads any source, so a file saved during the build counts as newer.
  const startedAt = Date.now();
  const id = `${startedAt.toString(36)}-${process.pid}`;
  const target = join(outdir, id);
  const result = await build({
    absWorkingDir: root,
    entryPoints: ENTRIES,
    outdir: target,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    // Beside the entries: the spawning chunk finds the worker entry as its sibling.
    chunkNames: '[name]-[hash]',
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: EXTERNAL_PACKAGES,
    banner: { js: REQUIRE_BANNER },
    sourcemap: 'linked',
    metafile: true,
    logLevel: 'warning',
    // The project's tsconfig.json extends one `svelte-kit sync` writes; the server needs none of it.
    tsconfigRaw: { compilerOptions: { useDefineForClassFields: true } },
    plugins: [runtimePlugin(root)]
  });
  const inputs = [...Object.keys(result.metafile.inputs), 'package.json', ...BUILD_SCRIPTS].map((path) => relative(root, join(root, path)));
  for (const [name, launcher] of Object.entries(LAUNCHERS)) await writeAtomically(join(outdir, name), launcher(id));
  await writeAtomically(join(outdir, MANIFEST), `${JSON.stringify({ id, builtAt: startedAt, inputs: [...new Set(inputs)] }, null, 1)}\n`);
  await removeOldBuilds(outdir, id);
  return outdir;
}

/** The build's own scripts: a change to them makes every build stale too. */
const BUILD_SCRIPTS = ['server/build/compile-runtime.mjs', 'server/build/runtime-plugin.mjs', 'server/build/runtime-layout.mjs'];

async function writeAtomically(path, text) {
  const next = `${path}.${process.pid}.tmp`;
  await mkdir(join(path, '..'), { recursive: true });
  await writeFile(next, text);
  await rename(next, path);
}

async function removeOldBuilds(outdir, current) {
  const entries = await readdir(outdir, { withFileTypes: true });
  const builds = await Promise.all(
    entries.filter((entry) => entry.isDirectory() && entry.name !== current && !entry.name.startsWith('.')).map(async (entry) => ({ name: entry.name, time: (await stat(join(outdir, entry.name))).mtimeMs }))
  );
  const old = builds.sort((a, b) => b.time - a.time).slice(KEPT_BUILDS - 1).filter(({ time }) => Date.now() - time > KEPT_FOR_MS);
  await Promise.all(old.map(({ name }) => rm(join(outdir, name), { recursive: true, force: true })));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  const outdir = await compileRuntime();
  console.log(`Compiled the FluxScan server and CLI into ${relative(process.cwd(), outdir) || '.'} in ${Math.round(performance.now() - started)} ms.`);
}
