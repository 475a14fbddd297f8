import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { DAILY_DIR, realCandles } from '../../../tests/fixtures/real-candles.js';
import { lastBars } from '../../candles/types.js';
import { taFunctions } from '../index.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SCANNER = `/**
 * @name Trading-signals values
 * @interval D
 * @lookback 300
 */
const [, , , spanB] = ta.ICHIMOKU(high, low, close, 9, 26, 52, 26);
const [on, momentum] = ta.SQUEEZE(high, low, close, { interval: 20 });
return { signal: 'EXPLORE', metrics: { spanB: last(spanB), on: last(on), momentum: last(momentum), crsi: last(ta.CRSI(close)) } };
`;
const scratch = mkdtempSync(join(tmpdir(), 'fluxscan-signals-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function fluxscan(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['fluxscan', ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let [stdout, stderr] = ['', ''];
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('the trading-signals indicators in the fluxscan CLI', () => {
  it('scan CSV files with the same values as the engine computes in process', async () => {
    const scanner = join(scratch, 'signals.js');
    writeFileSync(scanner, SCANNER);
    const run = await fluxscan([
      'scan',
      '--scanner',
      scanner,
      '--csv',
      `${DAILY_DIR}INFY.csv`,
      `${DAILY_DIR}TCS.csv`,
      '--format',
      'json'
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const output = JSON.parse(run.stdout) as {
      results: { symbol: string; columns: Record<string, number> }[];
      stats: { errors: number };
    };
    expect(output.stats.errors).toBe(0);
    for (const symbol of ['INFY', 'TCS']) {
      const c = lastBars(realCandles(symbol), 300);
      const newest = (name: string, series: Float64Array[], options: number[], output = 0) =>
        taFunctions.get(name)!.compute(series, options)[output].at(-1);
      expect(output.results.find((row) => row.symbol === symbol)?.columns).toEqual({
        spanB: newest('ICHIMOKU', [c.high, c.low, c.close], [9, 26, 52, 26], 3),
        on: newest('SQUEEZE', [c.high, c.low, c.close], [20, 2, 1.5]),
        momentum: newest('SQUEEZE', [c.high, c.low, c.close], [20, 2, 1.5], 1),
        crsi: newest('CRSI', [c.close], [3, 2, 100])
      });
    }
  });
});
