import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCliWorkspace, runCli, type CliWorkspace } from './cli-test-fixture.js';

let workspace: CliWorkspace;
beforeAll(() => (workspace = createCliWorkspace()));
afterAll(() => workspace.remove());

describe('fluxscan validate', () => {
  it('a valid scanner: "valid", its interval, lookback and parameters, exit 0', async () => {
    const file = workspace.writeFile(
      'ema.js',
      '/**\n * @interval W\n * @param fast integer 10 [2..200] Fast EMA\n * @param side choice long [long|short]\n */\nFilter = cross(ta.EMA(close, params.fast), ta.EMA(close, 20));\n'
    );
    const run = await runCli(['validate', file]);
    expect(run).toEqual({
      code: 0,
      stdout: `${file}: valid\n  interval W, lookback 250 bars\n  param fast integer 10 [2..200] Fast EMA\n  param side choice "long" [long|short]\n`,
      stderr: ''
    });
  });

  it('errors as FILE:line:column in source order, exit 1', async () => {
    const file = workspace.writeFile(
      'mistakes.js',
      '// a comment\nconst fast = ta.ema(close, 5);\n  let signal = last(fast) > 0;\n'
    );
    const run = await runCli(['validate', file]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      `${file}:2:14: error: ta.ema does not exist (did you mean ta.EMA?)\n` +
        `${file}:3:3: error: "let signal" hides FluxScan's own signal: assign it without let (write "signal = …")\n`
    );
    expect(run.stderr).toBe(`fluxscan: ${file} is not valid (2 errors)\n`);
  });

  it('a syntax error with its line, or at the last line when the scanner ends too early', async () => {
    const inside = workspace.writeFile('inside.js', 'const a = 1;\nconst b = (a +* 2);\nFilter = b > 0;\n');
    expect((await runCli(['validate', inside])).stdout).toMatch(new RegExp(`^${inside}:2:\\d+: error: SyntaxError:`));
    const unfinished = workspace.writeFile('unfinished.js', 'const a = 1;\nFilter = (a >\n\n');
    const run = await runCli(['validate', unfinished]);
    expect(run.stdout).toBe(
      `${unfinished}:2:14: error: SyntaxError: the scanner ends too early (an expression, bracket, block or string is not finished)\n`
    );
    expect(run.code).toBe(1);
  });

  it('a bad header line names the header line', async () => {
    const file = workspace.writeFile('header.js', '/**\n * @name Bad\n * @param fast integer ten\n */\nFilter = 1;\n');
    const run = await runCli(['validate', file]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(`${file}:3:1: error: @param: fast: the default "ten" is not a number\n`);
  });

  it('warnings alone still pass', async () => {
    const file = workspace.writeFile('columns.js', 'AddColumn("Close", close);\n');
    const run = await runCli(['validate', file]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      new RegExp(`^${file}:1:1: warning: AddColumn without "Filter = …" never produces a row`)
    );
  });
});
