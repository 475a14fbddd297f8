import { describe, expect, it } from 'vitest';
import { SCANNER_TEMPLATES } from '../templates/index.js';
import { taCallChecks } from './ta-call-checks.js';

const messages = (source: string) => taCallChecks(source).map((d) => d.message);

describe('taCallChecks', () => {
  it('accepts the documented call forms', () => {
    expect(messages('const [a, b] = ta.ICHIMOKU(high, low, close, 9, 26, 52, 26);')).toEqual([]);
    expect(messages('ta.ICHIMOKU(high, low, close, { conversionInterval: 9, spanBInterval: 52 })')).toEqual([]);
    expect(messages('ta.SQUEEZE(high, low, close)[1]; ta.HMA(ta.EMA(close, 5), params.n); ta.RVOL(volume)')).toEqual(
      []
    );
    expect(messages('ta.CMF(...fields, 20)')).toEqual([]);
  });

  it('reports too few series, too many options and literal options out of range, where the call is', () => {
    expect(taCallChecks('x = 1;\n  y = ta.ICHIMOKU(high, low);')).toEqual([
      { severity: 'error', message: 'ta.ICHIMOKU takes 3 input series (high, low, close), got 2', line: 2, column: 7 }
    ]);
    expect(messages('ta.HMA(close, 20, 3)')).toEqual([
      'ta.HMA takes at most 1 option(s) after its series (interval), got 2'
    ]);
    expect(messages('ta.TDS(close, 9)')).toEqual(['ta.TDS takes at most 0 option(s) after its series (none), got 1']);
    expect(messages('ta.CE(high, low, close, 5000, 3)')).toEqual([
      'ta.CE: interval 5000 is outside [1..500] (a whole number)'
    ]);
    expect(messages('ta.LRSI(close, 1.5)')).toEqual(['ta.LRSI: gamma 1.5 is outside [0..0.99]']);
    expect(messages('ta.EMA(close, 2.5)')).toEqual(['ta.EMA: timeperiod 2.5 is outside [2..100000] (a whole number)']);
  });

  it('ignores comments, strings and unknown names (another check reports those)', () => {
    expect(messages('// ta.HMA(close, 1, 2, 3)\nconst s = "ta.CE(high)"; ta.NOPE(close, 1, 2)')).toEqual([]);
  });

  it('finds nothing wrong in the built-in templates', () => {
    for (const template of SCANNER_TEMPLATES) expect(messages(template.source), template.id).toEqual([]);
  });
});
