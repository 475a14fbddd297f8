import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { istDateOf } from '../../src-worker/calendar/ist-time.js';
import type { RealSeries } from '../../src/routes/bench/bench-workload.js';

export const CLI_BENCH_FILES = 2000;
export const CLI_BENCH_BARS = 250;

const csvOf = ({ candles }: RealSeries, start: number): string => {
  const lines = ['timestamp,open,high,low,close,volume'];
  for (let i = start; i < candles.time.length; i++) {
    lines.push(
      `${istDateOf(candles.time[i] * 1000)} 00:00:00+05:30,${candles.open[i]},${candles.high[i]},${candles.low[i]},${candles.close[i]},${candles.volume[i]}`
    );
  }
  return `${lines.join('\n')}\n`;
};

/**
 * Writes the CLI's workload into `dir`: 2,000 history files of the last 250 real daily bars
 * (40 files per real series) and `scanner.js`, the given scanner with `@lookback 250`.
 * @example const { csvDir, scanner, series } = writeCliBenchFiles(series, dir, BENCH_SCANNER)
 */
export function writeCliBenchFiles(series: readonly RealSeries[], dir: string, source: string) {
  const usable = series.filter((s) => s.candles.time.length >= CLI_BENCH_BARS);
  for (let i = 0; i < CLI_BENCH_FILES; i++) {
    const real = usable[i % usable.length];
    writeFileSync(
      join(dir, `${real.symbol}-${Math.floor(i / usable.length)}.csv`),
      csvOf(real, real.candles.time.length - CLI_BENCH_BARS)
    );
  }
  const scanner = join(dir, 'scanner.js');
  writeFileSync(scanner, `/**\n * @lookback ${CLI_BENCH_BARS}\n */\n${source}`);
  return { scanner, usable };
}
