import { describe, expect, it } from 'vitest';
import { codeOnly, staticChecks } from './static-checks.js';

const TA = new Set(['EMA', 'RSI', 'MACD', 'CDLENGULFING']);
const check = (source: string) => staticChecks(source, TA);
const NO_ROW = 'this scanner never produces a row: set "Filter = …", "signal = …" or "return { signal, metrics }"';

describe('staticChecks: outputs', () => {
  it('accepts each of the three output styles', () => {
    expect(check('Filter = last(close) > 0;\nAddColumn("c", close);')).toEqual([]);
    expect(check('signal = true; signal_type = "BUY";')).toEqual([]);
    expect(check('return { signal: "BUY" }')).toEqual([]);
  });

  it('warns when nothing can produce a row', () => {
    expect(check('const x = ta.EMA(close, 5);')).toEqual([
      { severity: 'warning', message: NO_ROW, line: 1, column: 1 }
    ]);
    expect(check('if (Filter == 1) {}\nsignal_type = "BUY"; metrics = {};')).toEqual([
      { severity: 'warning', message: NO_ROW, line: 1, column: 1 }
    ]);
  });

  it('warns that AddColumn alone shows nothing without Filter', () => {
    expect(check('AddColumn("RSI", ta.RSI(close, 14));')).toEqual([
      {
        severity: 'warning',
        message: 'AddColumn without "Filter = …" never produces a row: set Filter to choose the symbols to show',
        line: 1,
        column: 1
      }
    ]);
  });

  it('"let signal" and friends are errors at their line and column', () => {
    expect(check('const a = 1;\n  let signal = a > 0;')).toEqual([
      {
        severity: 'error',
        message: '"let signal" hides FluxScan\'s own signal: assign it without let (write "signal = …")',
        line: 2,
        column: 3
      }
    ]);
    expect(
      check('const Filter = 1;\nlet signal_type = "BUY"; const metrics = {};').map((d) => [
        d.line,
        d.column,
        d.message.slice(0, 20)
      ])
    ).toEqual([
      [1, 1, '"const Filter" hides'],
      [2, 1, '"let signal_type" hi'],
      [2, 26, '"const metrics" hide']
    ]);
  });

  it('names that merely start with an output name are fine', () => {
    expect(check('let signalStrength = 1; const Filtered = 2; let metricsList = [];\nFilter = 1;')).toEqual([]);
  });
});

describe('staticChecks: ta names', () => {
  it('an unknown ta function is an error at its position, with a did-you-mean for a case slip', () => {
    expect(check('Filter = 1;\nconst e = ta.ema(close, 5);\nconst x = ta . FOO(close);')).toEqual([
      { severity: 'error', message: 'ta.ema does not exist (did you mean ta.EMA?)', line: 2, column: 11 },
      { severity: 'error', message: 'ta.FOO does not exist', line: 3, column: 11 }
    ]);
  });

  it('known ta functions and other objects with the same property names pass', () => {
    expect(
      check(
        'Filter = 1;\nconst m = ta.MACD(close, 12, 26, 9);\nconst data = { FOO: 1 };\nconst y = data.FOO + beta.FOO;'
      )
    ).toEqual([]);
  });
});

describe('staticChecks: comments and strings are not code', () => {
  it('ignores outputs and ta names inside comments, strings and template literals', () => {
    const source = [
      '// let signal = true; ta.FOO',
      '/* const Filter = 1;',
      '   ta.BAR(close) */',
      'const a = "let signal = 1; ta.BAZ";',
      "const b = 'const metrics = {}; ta.QUX \\' ta.QUUX';",
      'const c = `ta.NOPE ${"x"}`;',
      'Filter = ta.nope(close);'
    ].join('\n');
    expect(check(source)).toEqual([{ severity: 'error', message: 'ta.nope does not exist', line: 7, column: 10 }]);
  });

  it('a comment does not hide that a scanner has no output', () => {
    expect(check('// Filter = 1\n/* return x */')).toEqual([
      { severity: 'warning', message: NO_ROW, line: 1, column: 1 }
    ]);
  });

  it('codeOnly blanks comments and strings but keeps every line and column', () => {
    const source = 'a = "x\\"y"; // note\n/* two\nlines */ b = 1;';
    const code = codeOnly(source);
    expect(code).toHaveLength(source.length);
    expect(code.split('\n').map((line) => line.trimEnd())).toEqual(['a =       ;', '', '         b = 1;']);
  });
});
