import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { ensureCompiledRuntime } from '../../server/build/compiled-runtime.mjs';
import type { RealSeries } from '../../src/routes/bench/bench-workload.js';
import { median } from '../../src/routes/bench/median.js';
import { CLI_BENCH_BARS, writeCliBenchFiles } from './cli-bench-files.js';
import { measured, type BenchResult } from './report.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'server/cli/bin.js');
const ONE_FILE = join(ROOT, 'server/data/nifty50-daily/INFY.csv');
const ONE_FILE_RUNS = 7;
const WHOLE_RUNS = 3;
const TARGET_ONE_FILE_SECONDS = { atMost: 0.4 };
const TARGET_CLI_OVER_PLAIN = { atMost: 3 };

/** One whole process: its wall time in ms and its JSON output; throws with its stderr if it fails. */
function timeProcess(args: string[]): { ms: number; output: { stats: { symbols: number; matches: number } } } {
  const started = performance.now();
  const run = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  const ms = performance.now() - started;
  if (run.status !== 0) throw new Error(`${args.join(' ')} exited ${run.status}: ${run.stderr.slice(0, 300)}`);
  return { ms, output: JSON.parse(run.stdout) };
}

/**
 * `fluxscan scan` as the user runs it (the compiled CLI, built beforehand so no run pays for it):
 * one file start to finish, then 2,000 files × 250 bars against the same work as a plain
 * single-threaded script (compiled the same way), both whole processes, runs interleaved.
 */
export async function cliScanResults(series: readonly RealSeries[], source: string): Promise<BenchResult[]> {
  await ensureCompiledRuntime();
  const dir = mkdtempSync(join(tmpdir(), 'fluxscan-cli-bench-'));
  try {
    const { scanner } = writeCliBenchFiles(series, dir, source);
    const plain = join(dir, 'plain-v8-cli.mjs');
    await build({
      entryPoints: [join(ROOT, 'tests/bench/plain-v8-cli.ts')],
      outfile: plain,
      bundle: true,
      format: 'esm',
      platform: 'node',
      logLevel: 'warning'
    });

    // As `fluxscan` runs it: the bin checks the build is current, then runs the compiled CLI.
    const oneFile = Array.from(
      { length: ONE_FILE_RUNS },
      () => timeProcess([BIN, 'scan', '--scanner', scanner, '--csv', ONE_FILE, '--format', 'json']).ms
    );
    const cliRuns: number[] = [];
    const plainRuns: number[] = [];
    let matches: [number, number] = [0, 0];
    for (let i = 0; i < WHOLE_RUNS; i++) {
      const scanned = timeProcess([BIN, 'scan', '--scanner', scanner, '--csv', dir, '--format', 'json']);
      const floor = timeProcess([plain, dir, String(CLI_BENCH_BARS)]);
      cliRuns.push(scanned.ms);
      plainRuns.push(floor.ms);
      matches = [scanned.output.stats.matches, floor.output.stats.matches];
    }
    if (matches[0] !== matches[1])
      throw new Error(`the CLI found ${matches[0]} matches, the plain script ${matches[1]}`);
    const [cliMs, plainMs] = [median(cliRuns), median(plainRuns)];
    const note = `median of ${WHOLE_RUNS}, interleaved; ${matches[0]} matches in both`;
    return [
      measured(
        'CLI scan, one file: whole process',
        median(oneFile) / 1000,
        's',
        TARGET_ONE_FILE_SECONDS,
        `node server/cli/bin.js (compiled CLI), median of ${ONE_FILE_RUNS}; load ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores`
      ),
      measured('CLI scan, 2,000 files × 250 bars: whole process', cliMs / 1000, 's', undefined, note),
      measured(
        'Plain V8 script, same files and scanner: whole process',
        plainMs / 1000,
        's',
        undefined,
        'one thread, read + parse + scan'
      ),
      measured('CLI scan ÷ plain V8 script, whole process', cliMs / plainMs, '×', TARGET_CLI_OVER_PLAIN, note)
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
