import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { istDateOf } from '../../src-worker/calendar/ist-time.js';
import type { RealSeries } from '../../src/routes/bench/bench-workload.js';
import { writeCliBenchFiles } from './cli-bench-files.js';
import { measured, type BenchResult } from './report.js';

const BIN = fileURLToPath(new URL('../../server/cli/bin.js', import.meta.url));
const REPLAYED = 100;
const TARGET_BACKTEST_OVER_SCAN = { atMost: 8 };

/** Wall time of one whole CLI process, in ms; throws with its stderr if it fails. */
function timeCli(args: string[]): number {
  const started = performance.now();
  const run = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`fluxscan ${args[0]} exited ${run.status}: ${run.stderr.slice(0, 300)}`);
  return performance.now() - started;
}

/**
 * `fluxscan backtest` against `fluxscan scan` as whole processes over the same
 * 2,000 files of 250 real daily bars (the last 250 of each real series, 40 files
 * per series), the backtest replaying the last 100 bars of each.
 */
export function backtestCliResults(series: readonly RealSeries[], source: string): BenchResult[] {
  const dir = mkdtempSync(join(tmpdir(), 'fluxscan-backtest-bench-'));
  try {
    const { scanner, usable } = writeCliBenchFiles(series, dir, source);
    const times = usable[0].candles.time;
    const from = istDateOf(times[times.length - REPLAYED] * 1000);
    const to = istDateOf(times[times.length - 1] * 1000);
    const scanMs = timeCli(['scan', '--scanner', scanner, '--csv', dir, '--format', 'json']);
    const backtestMs = timeCli([
      'backtest',
      '--scanner',
      scanner,
      '--csv',
      dir,
      '--from',
      from,
      '--to',
      to,
      '--format',
      'json'
    ]);
    return [
      measured('CLI scan before the backtest, same files: whole process', scanMs / 1000, 's'),
      measured(
        'CLI backtest, same files, last 100 bars each: whole process',
        backtestMs / 1000,
        's',
        undefined,
        `${from} … ${to}`
      ),
      measured(
        'CLI backtest ÷ scan, whole process',
        backtestMs / scanMs,
        '×',
        TARGET_BACKTEST_OVER_SCAN,
        '200,000 evaluations against 2,000'
      )
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
