import { describe, expect, it } from 'vitest';
import { taFunctions } from '$engine/ta/index';
import { taDoc, taFunctionAt } from './ta-docs';

describe('taDoc', () => {
  it('gives inputs, options with ranges, outputs in order and the formula', () => {
    expect(taDoc(taFunctions.get('ICHIMOKU')!).split('\n')).toEqual([
      'ta.ICHIMOKU(high, low, close, conversionInterval=9, baseInterval=26, spanBInterval=52, displacement=26)',
      taFunctions.get('ICHIMOKU')!.doc,
      'Options (positional or {name}): conversionInterval 1..500, default 9; baseInterval 1..500, default 26; spanBInterval 1..500, default 52; displacement 0..500, default 26',
      'Returns [outConversion, outBase, outSpanA, outSpanB, outLagging]',
      'Trend (trading-signals)'
    ]);
    expect(taDoc(taFunctions.get('HMA')!)).toContain('WMA(2·WMA(x, ⌊n/2⌋) − WMA(x, n), ⌊√n⌋)');
    expect(taDoc(taFunctions.get('SQUEEZE')!)).toContain('kcMultiplier 0..100 (real), default 1.5');
    expect(taDoc(taFunctions.get('RVOL')!)).toContain('ta.RVOL(volume, period=20)');
    expect(taDoc(taFunctions.get('EMA')!)).toContain('Returns one series (outReal), NaN during the warm-up');
  });
});

describe('taFunctionAt', () => {
  it('finds the ta function under the pointer, and nothing elsewhere', () => {
    const line = 'const [on, momentum] = ta.SQUEEZE(high, low, close);';
    const at = line.indexOf('SQUEEZE') + 2;
    expect(taFunctionAt(line, at)).toMatchObject({
      spec: taFunctions.get('SQUEEZE'),
      from: line.indexOf('SQUEEZE'),
      to: line.indexOf('SQUEEZE') + 7
    });
    expect(taFunctionAt(line, line.indexOf('high'))).toBeNull();
    expect(taFunctionAt('ta.NOPE(close)', 4)).toBeNull();
  });
});
