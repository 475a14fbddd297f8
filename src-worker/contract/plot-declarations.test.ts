import { describe, expect, it } from 'vitest';
import type { ParameterDeclaration } from './parameters.js';
import { parsePlotDeclaration, resolvePlot, type PlotDeclaration } from './plot-declarations.js';

const fast: ParameterDeclaration = { type: 'integer', name: 'fast', label: 'Fast', default: 10, min: 2, max: 200 };
const side: ParameterDeclaration = {
  type: 'choice',
  name: 'side',
  label: 'Side',
  default: 'long',
  choices: ['long', 'short']
};

const plot = (text: string, parameters: ParameterDeclaration[] = []): PlotDeclaration => {
  const parsed = parsePlotDeclaration(text, parameters);
  if ('error' in parsed) throw new Error(parsed.error);
  return parsed.data;
};

describe('parsePlotDeclaration', () => {
  it('reads a call over candle fields, an output, a pane and a label', () => {
    expect(plot('EMA(close, 20)')).toEqual({
      fn: 'EMA',
      inputs: ['close'],
      options: [20],
      pane: 'price',
      style: 'line'
    });
    expect(plot('BBANDS(close, 20, 2, 2)')).toEqual({
      fn: 'BBANDS',
      inputs: ['close'],
      options: [20, 2, 2],
      pane: 'price',
      style: 'line'
    });
    expect(plot('SUPERTREND(high, low, close, 10, 3)[0]')).toEqual({
      fn: 'SUPERTREND',
      inputs: ['high', 'low', 'close'],
      options: [10, 3],
      output: 0,
      pane: 'price',
      style: 'line'
    });
    expect(plot('RSI(close, 14) pane=lower label="RSI 14"')).toEqual({
      fn: 'RSI',
      inputs: ['close'],
      options: [14],
      pane: 'lower',
      label: 'RSI 14',
      style: 'line'
    });
    expect(plot('ta.ATR( high , low , close ) label=ATR pane=lower')).toEqual({
      fn: 'ATR',
      inputs: ['high', 'low', 'close'],
      options: [],
      pane: 'lower',
      label: 'ATR',
      style: 'line'
    });
  });

  it('reads a style: histogram for any output, band for several, cloud for ICHIMOKU', () => {
    expect(plot('SQUEEZE(high, low, close)[1] pane=lower style=histogram')).toMatchObject({
      output: 1,
      style: 'histogram'
    });
    expect(plot('CE(high, low, close, 22, 3) style=band')).toMatchObject({ fn: 'CE', style: 'band' });
    expect(plot('ICHIMOKU(high, low, close, 9, 26, 52, 26) style=cloud')).toMatchObject({
      fn: 'ICHIMOKU',
      style: 'cloud'
    });
  });

  it('reads guide levels as numbers, negative and decimal ones too', () => {
    expect(plot('RSI(close, 14) pane=lower levels=30,70')).toEqual({
      fn: 'RSI',
      inputs: ['close'],
      options: [14],
      pane: 'lower',
      style: 'line',
      levels: [30, 70]
    });
    expect(plot('CCI(high, low, close) pane=lower levels="-100, 0, 100"')).toMatchObject({ levels: [-100, 0, 100] });
    expect(plot('PB(close) pane=lower levels=0.2,0.8 label="%B"')).toMatchObject({ levels: [0.2, 0.8], label: '%B' });
    expect(plot('CMO(close) pane=lower levels=-50')).toMatchObject({ levels: [-50] });
  });

  it('an option may name a number or integer parameter, declared anywhere in the header', () => {
    expect(plot('EMA(close, params.fast)', [fast])).toEqual({
      fn: 'EMA',
      inputs: ['close'],
      options: [{ param: 'fast' }],
      pane: 'price',
      style: 'line'
    });
  });

  it.each([
    ['EMA close 20', 'expected "FN(inputs, options)[output] pane=lower label=\\"…\\""'],
    ['FOO(close, 20)', 'FOO: not a ta function'],
    ['EMA(close, close, 20)', 'EMA: takes 1 input series, e.g. EMA(close), got 2'],
    ['SUPERTREND(close, 10, 3)', 'SUPERTREND: takes 3 input series, e.g. SUPERTREND(high, low, close), got 1'],
    ['EMA(hl2, 20)', 'EMA: "hl2" is not a candle field (open, high, low, close, volume, time)'],
    ['EMA(close, 20, 3)', 'EMA: takes at most 1 option (timeperiod), got 2'],
    ['EMA(close, 1)', 'EMA: timeperiod 1 is outside [2..100000]'],
    ['EMA(close, 2.5)', 'EMA: timeperiod 2.5 is not a whole number'],
    ['EMA(close, 20, close)', 'EMA: "close" comes after an option; inputs come first'],
    ['EMA(close, params.slow)', 'EMA: params.slow is not a declared number or integer parameter'],
    ['EMA(close, params.side)', 'EMA: params.side is not a declared number or integer parameter'],
    [
      'EMA(close, params.small)',
      'EMA: params.small defaults to a value the option refuses: timeperiod 1 is outside [2..100000]'
    ],
    ['BBANDS(close, 20)[3]', 'BBANDS: has 3 outputs, so [3] is out of range'],
    ['EMA(close, 20)[last]', 'EMA: the output [last] is not an index such as [0]'],
    ['EMA(close, 20) pane=upper', 'EMA: pane=upper is not one of price, lower'],
    ['EMA(close, 20) colour=red', 'EMA: unknown setting colour; plots take pane=, label=, style= and levels='],
    ['RSI(close) levels=30,high', 'RSI: levels=30,high: "high" is not a number; write levels=30,70'],
    ['RSI(close) levels=30,,70', 'RSI: levels=30,,70: an empty value is not a number'],
    ['RSI(close) levels=30,70,', 'RSI: levels=30,70,: an empty value is not a number'],
    ['RSI(close) levels=Infinity', 'RSI: levels=Infinity: "Infinity" is not a number'],
    ['RSI(close) levels=30 70', 'RSI: "70" is not a setting such as pane=lower'],
    ['RSI(close) levels=1,2,3,4,5,6,7,8,9', 'RSI: levels= takes at most 8 values'],
    ['RSI(close) levels=30 levels=70', 'RSI: levels is set twice'],
    ['EMA(close, 20) pane=lower pane=price', 'EMA: pane is set twice'],
    ['EMA(close, 20) style=dots', 'EMA: style=dots is not one of line, histogram, band, cloud'],
    ['EMA(close, 20) style=band', 'EMA: style=band fills between two outputs'],
    ['BBANDS(close, 20)[0] style=band', 'BBANDS: style=band fills between two outputs'],
    ['BBANDS(close, 20) style=cloud', 'BBANDS: style=cloud draws the whole of ICHIMOKU'],
    ['ICHIMOKU(high, low, close)[2] style=cloud', 'ICHIMOKU: style=cloud draws the whole of ICHIMOKU'],
    ['EMA(close, 20) label=EMA 20', 'EMA: "20" is not a setting such as pane=lower'],
    ['EMA(close, 20) label="bad \\q"', 'EMA: label="bad \\q" is not a valid quoted string']
  ])('%s is refused: %s', (text, message) => {
    const small: ParameterDeclaration = { type: 'integer', name: 'small', label: 'Small', default: 1 };
    const parsed = parsePlotDeclaration(text, [fast, side, small]);
    expect('error' in parsed && parsed.error).toContain(message);
  });
});

describe('resolvePlot', () => {
  it('puts in the run’s parameter values, fills the remaining options with defaults and labels the call as resolved', () => {
    expect(resolvePlot(plot('EMA(close, params.fast)', [fast]), { fast: 12 })).toEqual({
      data: { fn: 'EMA', inputs: ['close'], options: [12], pane: 'price', label: 'EMA(close, 12)', style: 'line' }
    });
    expect(resolvePlot(plot('BBANDS(close, 20)'), {})).toEqual({
      data: {
        fn: 'BBANDS',
        inputs: ['close'],
        options: [20, 2, 2, 0],
        pane: 'price',
        label: 'BBANDS(close, 20)',
        style: 'line'
      }
    });
    expect(resolvePlot(plot('SUPERTREND(high, low, close, 10, 3)[1] pane=lower label="Trend"'), {})).toMatchObject({
      data: { options: [10, 3], output: 1, pane: 'lower', label: 'Trend' }
    });
  });

  it('keeps the declared guide levels for the chart', () => {
    expect(resolvePlot(plot('RSI(close, 14) pane=lower levels=20,80'), {})).toMatchObject({
      data: { levels: [20, 80] }
    });
    expect(resolvePlot(plot('RSI(close, 14) pane=lower'), {})).not.toHaveProperty('data.levels');
  });

  it('a run value the function refuses, or a missing one, is an error', () => {
    expect(resolvePlot(plot('EMA(close, params.fast)', [fast]), { fast: 1 })).toEqual({
      error: 'EMA: timeperiod 1 is outside [2..100000]'
    });
    expect(resolvePlot(plot('EMA(close, params.fast)', [fast]), {})).toEqual({
      error: 'EMA: params.fast has no number value'
    });
  });
});
