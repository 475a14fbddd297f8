import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realTasks } from '../../tests/fixtures/real-candles.js';
import { sandboxLimitsSchema } from './limits.js';
import type { SymbolOutcome } from './outcome.js';
import { ScannerSandbox } from './scanner-sandbox.js';

const [infy] = realTasks(250, ['INFY']);
let sandbox: ScannerSandbox;

beforeAll(async () => {
  sandbox = await ScannerSandbox.create(sandboxLimitsSchema.parse({ timeoutMs: 200 }));
});
afterAll(() => sandbox.dispose());

function runOnce(source: string): SymbolOutcome {
  const compiled = sandbox.compile(source);
  if ('error' in compiled) throw new Error(`compile failed: ${compiled.error.message}`);
  return sandbox.run(infy, '{}');
}

describe('ta work runs outside the interpreter, so it is bounded apart from it', () => {
  it('a call too large to finish in time is the symbol error, at its line', () => {
    const outcome = runOnce(
      'const x = new Float64Array(300000);\nconst dev = ta.AVGDEV(x, 100000);\nreturn { signal: "BUY" };'
    );
    expect(outcome).toMatchObject({
      kind: 'error',
      message: 'RangeError: ta.AVGDEV: 300000 bars is more than one call takes (at most 100000)',
      line: 2
    });
  });

  it('the scanner can catch the refusal and read why', () => {
    const outcome = runOnce(
      'try { ta.LINEARREG(new Float64Array(50000), 20000); } catch (e) {\n  return { signal: "REFUSED", metrics: { name: e.name, why: e.message } };\n}\nreturn null;'
    );
    expect(outcome).toMatchObject({ kind: 'result', match: true, signal: 'REFUSED', columns: { name: 'RangeError' } });
    if (outcome.kind === 'result')
      expect(outcome.columns.why).toMatch(/^ta\.LINEARREG: 50000 bars × a 20000-bar window is too much work/);
  });

  it('a loop of allowed calls stops at the time limit, not when the interpreter next polls it', () => {
    // Each call is tens of milliseconds of host work (just inside the bound); eight of them far outlast 200 ms,
    // in fewer interpreter steps than QuickJS counts between two polls of its interrupt.
    const outcome = runOnce(
      'const x = new Float64Array(20000);\nlet calls = 0;\nfor (let i = 0; i < 8; i++) { ta.AVGDEV(x, 2000); calls++; }\nreturn { signal: "FINISHED", metrics: { calls } };'
    );
    expect(outcome).toMatchObject({
      kind: 'error',
      message: 'time limit exceeded: the scanner ran longer than 200 ms on this symbol',
      line: 3
    });
  });

  it('the next symbol gets its whole time again', () => {
    expect(runOnce('return { signal: "BUY", metrics: { rsi: last(ta.RSI(close, 14)) } };')).toMatchObject({
      kind: 'result',
      match: true
    });
  });
});
