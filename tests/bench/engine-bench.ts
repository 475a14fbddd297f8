import type { BatchTask } from '../../src-worker/engine/engine-api.js';
import { ScanPool } from '../../src-worker/pool/scan-pool.js';
import type { ScanStats } from '../../src-worker/pool/scan-types.js';
import { median } from '../../src/routes/bench/median.js';

interface PoolFigures {
  workers: number;
  runs: number;
  symbolsPerSecond: number;
  p50SymbolMs: number;
  p99SymbolMs: number;
  matches: number;
  /** Highest resident set of this process (workers are threads in it) sampled while the pool scanned. */
  peakRssBytes: number;
  /** Resident set just before the pool started. */
  rssBeforeBytes: number;
}

interface PoolBenchOptions {
  source: string;
  tasks: () => BatchTask[];
  /** Worker count; all cores when omitted. */
  size?: number;
  warmups: number;
  runs: number;
}

/**
 * Scans the tasks repeatedly with a Node ScanPool: warm-ups first (the first
 * scans include wasm tier-up), then the medians of the timed runs.
 * @example await measureNodePool({ source, tasks, size: 1, warmups: 3, runs: 7 })
 */
export async function measureNodePool({ source, tasks, size, warmups, runs }: PoolBenchOptions): Promise<PoolFigures> {
  const rssBeforeBytes = process.memoryUsage().rss;
  let peakRssBytes = rssBeforeBytes;
  const sampleRss = () => (peakRssBytes = Math.max(peakRssBytes, process.memoryUsage().rss));
  const pool = new ScanPool({ size });
  try {
    const scanOnce = async (): Promise<ScanStats> => {
      const symbols = tasks();
      const summary = await pool.scan({ source, symbols, total: symbols.length, onProgress: sampleRss });
      sampleRss();
      if (summary.status !== 'completed') throw new Error(`the scan ${summary.status}: ${summary.message ?? ''}`);
      if (summary.errors.length > 0)
        throw new Error(`${summary.errors.length} symbols failed, e.g. ${summary.errors[0].message}`);
      return summary.stats;
    };
    for (let i = 0; i < warmups; i++) await scanOnce();
    const timed: ScanStats[] = [];
    for (let i = 0; i < runs; i++) timed.push(await scanOnce());
    return {
      workers: pool.size,
      runs,
      symbolsPerSecond: median(timed.map((s) => s.symbolsPerSecond)),
      p50SymbolMs: median(timed.map((s) => s.p50SymbolMs)),
      p99SymbolMs: median(timed.map((s) => s.p99SymbolMs)),
      matches: timed[0].matches,
      peakRssBytes,
      rssBeforeBytes
    };
  } finally {
    pool.close();
  }
}
