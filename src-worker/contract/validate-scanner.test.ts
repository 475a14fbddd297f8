import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultSandboxLimits } from '../sandbox/limits.js';
import { ScannerSandbox } from '../sandbox/scanner-sandbox.js';
import { validateScanner } from './validate-scanner.js';

let sandbox: ScannerSandbox;
beforeAll(async () => {
  sandbox = await ScannerSandbox.create(defaultSandboxLimits);
});
afterAll(() => sandbox.dispose());

describe('validateScanner', () => {
  it('a valid scanner: its meta and no diagnostics', () => {
    expect(
      validateScanner('/** @param n integer 14 [2..50] */\nFilter = last(ta.RSI(close, params.n)) > 70;', sandbox)
    ).toEqual({
      ok: true,
      meta: {
        interval: 'D',
        lookback: 250,
        parameters: [{ type: 'integer', name: 'n', label: 'n', default: 14, min: 2, max: 50 }],
        plots: []
      },
      diagnostics: []
    });
  });

  it('warnings do not make it invalid', () => {
    const validation = validateScanner('const r = ta.RSI(close, 14);', sandbox);
    expect(validation.ok).toBe(true);
    expect(validation.diagnostics).toMatchObject([{ severity: 'warning', line: 1, column: 1 }]);
  });

  it('a syntax error at its line; the static checks are skipped', () => {
    const validation = validateScanner('let signal = 1;\nconst x = (1 +* 2);\nta.FOO(close)', sandbox);
    expect(validation.ok).toBe(false);
    expect(validation.diagnostics).toEqual([
      { severity: 'error', message: expect.stringMatching(/^SyntaxError: /), line: 2, column: expect.any(Number) }
    ]);
  });

  it('a scanner that ends mid-expression is reported at its last line, not past it', () => {
    expect(validateScanner('const a = 1;\nFilter = (a >\n\n', sandbox).diagnostics).toEqual([
      {
        severity: 'error',
        message: 'SyntaxError: the scanner ends too early (an expression, bracket, block or string is not finished)',
        line: 2,
        column: 14
      }
    ]);
  });

  it('a header error on its own line, among the other checks in source order', () => {
    const validation = validateScanner('/**\n * @param n integer x\n */\nconst r = ta.rsi(close, 14);', sandbox);
    expect(validation.ok).toBe(false);
    expect(validation.meta).toBeNull();
    expect(validation.diagnostics).toEqual([
      { severity: 'warning', message: expect.stringMatching(/never produces a row/), line: 1, column: 1 },
      { severity: 'error', message: '@param: n: the default "x" is not a number', line: 2, column: 1 },
      { severity: 'error', message: 'ta.rsi does not exist (did you mean ta.RSI?)', line: 4, column: 11 }
    ]);
  });
});
