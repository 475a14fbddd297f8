import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realTasks } from '../../tests/fixtures/real-candles.js';
import { sandboxLimitsSchema } from './limits.js';
import type { SymbolOutcome } from './outcome.js';
import { ScannerSandbox } from './scanner-sandbox.js';

const [infy] = realTasks(250, ['INFY']);
const lastClose = infy.candles.packed[4 * infy.candles.bars + infy.candles.bars - 1];
let sandbox: ScannerSandbox;

beforeAll(async () => {
  sandbox = await ScannerSandbox.create(sandboxLimitsSchema.parse({ timeoutMs: 200 }));
});
afterAll(() => sandbox.dispose());

function runOnce(source: string, params = '{}'): SymbolOutcome {
  const compiled = sandbox.compile(source);
  if ('error' in compiled) throw new Error(`compile failed: ${compiled.error.message}`);
  return sandbox.run(infy, params);
}

async function expectError(source: string, message: RegExp, line?: number) {
  const outcome = runOnce(source);
  if (sandbox.broken) await sandbox.recover();
  expect(outcome.kind).toBe('error');
  if (outcome.kind !== 'error') return;
  expect(outcome.message).toMatch(message);
  if (line !== undefined) expect(outcome.line).toBe(line);
}

describe('the three output styles', () => {
  it('AmiBroker: Filter plus AddColumn, array values read at the newest bar', () => {
    const outcome = runOnce(
      'Filter = close[close.length - 1] > 0;\nAddColumn("Close", close, "1.2");\nAddColumn("Up", last(close) > last(close, 1));'
    );
    expect(outcome).toMatchObject({ kind: 'result', match: true, signal: 'EXPLORE', formats: { Close: '1.2' } });
    if (outcome.kind === 'result') expect(outcome.columns.Close).toBe(lastClose);
  });

  it('FluxScan: signal, signal_type and metrics', () => {
    const outcome = runOnce('signal = true; signal_type = "BUY"; metrics = { price: last(close), note: "ok" };');
    expect(outcome).toMatchObject({
      kind: 'result',
      match: true,
      signal: 'BUY',
      columns: { price: lastClose, note: 'ok' }
    });
  });

  it('plain JS: return an object, or null for no match', () => {
    expect(runOnce('return { signal: "SELL", metrics: { x: 1 } }')).toMatchObject({
      match: true,
      signal: 'SELL',
      columns: { x: 1 }
    });
    expect(runOnce('return null')).toMatchObject({ kind: 'result', match: false, signal: null });
  });

  it('reports the bar the signal is on', () => {
    const outcome = runOnce('return { signal: "BUY" }');
    expect(outcome.kind === 'result' && outcome.barTime).toBe(infy.candles.packed[infy.candles.bars - 1]);
  });

  it('NaN metrics become null rather than failing', () => {
    expect(runOnce('return { signal: "WATCH", metrics: { n: NaN } }')).toMatchObject({ columns: { n: null } });
  });
});

describe('inputs', () => {
  it('passes params, symbol, exchange, interval and series of equal length', () => {
    const outcome = runOnce(
      'return { signal: "BUY", metrics: { p: params.period, s: symbol, e: exchange, i: interval, n: close.length, t: time.length, oi: oi.length } }',
      '{"period":14}'
    );
    expect(outcome).toMatchObject({ columns: { p: 14, s: 'INFY', e: 'NSE', i: 'D', n: 250, t: 250, oi: 250 } });
  });

  it('ta functions take positional or keyword options and unpack multiple outputs', () => {
    const outcome = runOnce(`
      const a = ta.EMA(close, 20), b = ta.EMA(close, { timeperiod: 20 });
      const [macd, macdSignal, hist] = ta.MACD(close, 12, 26, 9);
      return { signal: "BUY", metrics: { same: last(a) === last(b), nan: Number.isNaN(a[18]), hist: last(hist) - (last(macd) - last(macdSignal)) } };`);
    expect(outcome).toMatchObject({ columns: { same: true, nan: true } });
    if (outcome.kind === 'result') expect(Math.abs(outcome.columns.hist as number)).toBeLessThan(1e-9);
  });

  it('chained indicators skip the leading NaNs like Python TA-Lib', () => {
    const outcome = runOnce(
      'const s = ta.SMA(ta.RSI(close, 14), 5); return { signal: "BUY", metrics: { first: s.findIndex((v) => !Number.isNaN(v)) } }'
    );
    expect(outcome).toMatchObject({ columns: { first: 18 } });
  });

  it('bad ta options are errors with the scanner line', async () => {
    await expectError('\nta.EMA(close, 1)', /timeperiod must be an integer between 2/, 2);
    await expectError('ta.EMA(close, { period: 5 })', /unknown option "period"/, 1);
  });
});

describe('failures become per-symbol errors with line and column', () => {
  it('a throw', async () => {
    await expectError('const x = 1;\n\nthrow new Error("boom")', /boom/, 3);
  });
  it('a type error', async () => {
    await expectError('let a;\n  a.b.c = 1', /cannot read property/, 2);
  });
  it('an infinite loop hits the time limit', async () => {
    await expectError('while (true) {}', /time limit exceeded/);
  });
  it('runaway recursion', async () => {
    await expectError('function f() { return f() + 1 }\nreturn f()', /stack overflow/);
  });
  it('a memory bomb', async () => {
    await expectError('const keep = [];\nwhile (true) keep.push(new Float64Array(1e6));', /memory limit exceeded/);
  });
  it('a non-serialisable result', async () => {
    await expectError('return { signal: "BUY", metrics: { f: () => 1 } }', /must be a number, string or boolean/);
  });
  it('an oversized result', async () => {
    await expectError(
      'const m = {}; for (let i = 0; i < 60; i++) m["c".repeat(2000) + i] = "x".repeat(499); return { signal: "BUY", metrics: m }',
      /over the limit/
    );
  });
  it('an undeclared variable', async () => {
    await expectError('total = 5', /'total' is not defined/, 1);
  });
  it('the sandbox keeps working after every failure', () => {
    expect(runOnce('return { signal: "BUY" }')).toMatchObject({ kind: 'result', match: true });
  });
});

describe('isolation', () => {
  it('cannot change built-ins or the global object', async () => {
    await expectError('Array.prototype.sum = 1', /not extensible/);
    await expectError('globalThis.leak = 1', /not extensible/);
    await expectError('Math.max = () => 0', /read-only|not writable|frozen/);
  });

  it('sees nothing of the host', () => {
    const outcome = runOnce(`return { signal: "BUY", metrics: {
      fetch: typeof fetch, require: typeof require, process: typeof process, importScripts: typeof importScripts,
      hostTa: typeof hostTa, std: typeof std, os: typeof os, Worker: typeof Worker } }`);
    expect(outcome).toMatchObject({
      columns: {
        fetch: 'undefined',
        require: 'undefined',
        process: 'undefined',
        importScripts: 'undefined',
        hostTa: 'undefined',
        std: 'undefined',
        os: 'undefined',
        Worker: 'undefined'
      }
    });
  });

  it('state written on one symbol is not visible on the next', () => {
    sandbox.compile(
      'var seen; if (typeof counter === "undefined") { seen = 0 }\nconst store = ta;\nreturn { signal: "BUY", metrics: { seen: seen ?? -1, frozen: Object.isFrozen(store) } }'
    );
    const first = sandbox.run(infy, '{}');
    const second = sandbox.run(infy, '{}');
    expect(first).toMatchObject({ columns: { seen: 0, frozen: true } });
    expect(second.kind === 'result' && second.columns).toEqual(first.kind === 'result' && first.columns);
  });
});

describe('compile errors', () => {
  it('report the user line and column', () => {
    const compiled = sandbox.compile('const a = 1;\nconst b = ;');
    expect(compiled).toMatchObject({ error: { line: 2 } });
  });
});
