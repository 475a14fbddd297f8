import { afterAll, describe, expect, it } from 'vitest';
import { realSymbols, realTasks } from '../../tests/fixtures/real-candles.js';
import { ScanPool } from './scan-pool.js';
import { spawnEngineWorker } from './spawn.node.js';

const SYMBOLS = realSymbols().slice(0, 12);
const STUCK_ON = SYMBOLS[5];
/**
 * One `ta` call just inside the per-call bound (100 000 bars × a 500-bar window
 * rescanned each bar): hundreds of milliseconds of host work that the sandbox's
 * 50 ms time limit cannot interrupt, on one symbol only.
 */
const HOST_HEAVY = `if (symbol === '${STUCK_ON}') {
  ta.AVGDEV(new Float64Array(100000), 500);
}
return { signal: 'BUY', metrics: { close: last(close) } };`;
const PLAIN = `return { signal: 'SEEN', metrics: { close: last(close) } };`;
const limits = { timeoutMs: 50 };

let spawned = 0;
const pool = new ScanPool({
  size: 1,
  watchdogMarginMs: 100,
  spawn: () => {
    spawned++;
    return spawnEngineWorker();
  }
});
afterAll(() => pool.close());

describe('a worker stuck in host code past the time limit', () => {
  it('is replaced; its symbol gets the error, the rest of its batch and a scan queued behind it complete', async () => {
    const [stuck, queued] = await Promise.all([
      pool.scan({ source: HOST_HEAVY, limits, symbols: realTasks(250, SYMBOLS) }),
      pool.scan({ source: PLAIN, limits, symbols: realTasks(250, SYMBOLS) })
    ]);
    expect(stuck.status).toBe('completed');
    expect(stuck.errors).toEqual([
      {
        symbol: STUCK_ON,
        exchange: 'NSE',
        message: 'the scanner exceeded the time limit in a host function (no progress for 150 ms); the worker was restarted',
        line: null,
        column: null
      }
    ]);
    expect(stuck.rows.map((row) => row.symbol)).toEqual(SYMBOLS.filter((symbol) => symbol !== STUCK_ON).sort());
    expect(queued).toMatchObject({ status: 'completed', errors: [] });
    expect(queued.rows.map((row) => row.symbol)).toEqual([...SYMBOLS].sort());
    expect(spawned).toBe(2);
  });

  it('the replacement serves the next scan', async () => {
    const next = await pool.scan({ source: PLAIN, limits, symbols: realTasks(250, SYMBOLS) });
    expect(next).toMatchObject({ status: 'completed', errors: [] });
    expect(next.rows).toHaveLength(SYMBOLS.length);
  });
});
