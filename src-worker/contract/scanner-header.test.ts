import { describe, expect, it } from 'vitest';
import { declaredHeaderTags, parseScannerHeader } from './scanner-header.js';

const header = (...lines: string[]) => `/**\n${lines.map((line) => ` * ${line}`).join('\n')}\n */\nFilter = 1;\n`;

describe('parseScannerHeader', () => {
  it('reads every tag and every parameter type', () => {
    const parsed = parseScannerHeader(
      header(
        '@name EMA crossover',
        '@category Trend',
        '@description Fast EMA crosses the slow one',
        '@interval 15m',
        '@lookback 400',
        '@param fast integer 10 [2..200] Fast EMA period',
        '@param width number 2.5 [0.5..] Band width',
        '@param below number -1 [..0]',
        '@param volume boolean true Needs rising volume',
        '@param note string "buy the dip" Note',
        '@param word string plain',
        '@param side choice short [long|short] Side'
      )
    );
    expect(parsed).toEqual({
      data: {
        name: 'EMA crossover',
        category: 'Trend',
        description: 'Fast EMA crosses the slow one',
        interval: '15m',
        lookback: 400,
        parameters: [
          { type: 'integer', name: 'fast', label: 'Fast EMA period', default: 10, min: 2, max: 200 },
          { type: 'number', name: 'width', label: 'Band width', default: 2.5, min: 0.5 },
          { type: 'number', name: 'below', label: 'below', default: -1, max: 0 },
          { type: 'boolean', name: 'volume', label: 'Needs rising volume', default: true },
          { type: 'string', name: 'note', label: 'Note', default: 'buy the dip' },
          { type: 'string', name: 'word', label: 'word', default: 'plain' },
          { type: 'choice', name: 'side', label: 'Side', default: 'short', choices: ['long', 'short'] }
        ],
        plots: []
      }
    });
  });

  it('defaults to daily bars, 250 of them, no parameters; a one-line header works', () => {
    expect(parseScannerHeader('Filter = 1')).toEqual({
      data: { interval: 'D', lookback: 250, parameters: [], plots: [] }
    });
    expect(parseScannerHeader('/** @param fast integer 10 [2..200] Fast EMA */\nFilter = 1')).toMatchObject({
      data: { parameters: [{ name: 'fast', default: 10, min: 2, max: 200, label: 'Fast EMA' }] }
    });
  });

  it('only the leading block is a header, and unknown tags are ignored', () => {
    expect(parseScannerHeader('// EMA\n/** @interval W */\nFilter = 1')).toMatchObject({ data: { interval: 'D' } });
    expect(parseScannerHeader('/** @author someone\n * @interval W */')).toMatchObject({ data: { interval: 'W' } });
  });

  it.each([
    ['@param fast', 'expected "name type default [range] label"'],
    ['@param fast float 10', 'expected "name type default [range] label"'],
    ['@param fast integer ten', 'fast: the default "ten" is not a number'],
    ['@param fast integer 2.5', 'fast: default: Invalid input: expected int, received number'],
    ['@param fast integer 500 [2..200]', 'fast: the default 500 is outside [2..200]'],
    ['@param fast integer 1 [2..]', 'fast: the default 1 is outside [2..]'],
    ['@param fast integer 10 [200..2]', 'the range [200..2] has min above max'],
    ['@param fast integer 10 [a..b]', 'the range [a..b] is not [min..max]'],
    ['@param fast integer 10 [5]', 'the range [5] is not [min..max]'],
    ['@param on boolean yes', 'on: a boolean default is true or false'],
    ['@param side choice flat [long|short]', 'side: the default "flat" is not one of [long|short]'],
    ['@param side choice long', 'side: the default "long" is not one of []'],
    ['@param note string "bad \\q escape"', 'note: the default "bad \\q escape" is not a valid quoted string']
  ])('%s is refused on its line: %s', (line, message) => {
    const parsed = parseScannerHeader(header('@name Test', line));
    expect(parsed).toMatchObject({ line: 3 });
    expect('error' in parsed && parsed.error).toContain(message);
  });

  it('tag values out of range name the tag and its line', () => {
    expect(parseScannerHeader(header('@interval 2h'))).toMatchObject({
      error: expect.stringMatching(/^@interval: /),
      line: 2
    });
    expect(parseScannerHeader(header('@name A', '@lookback 0'))).toMatchObject({
      error: expect.stringMatching(/^@lookback: Too small/),
      line: 3
    });
    expect(parseScannerHeader(header('@lookback many'))).toMatchObject({
      error: expect.stringMatching(/^@lookback: /),
      line: 2
    });
  });

  it('reads @benchmark as an NSE_INDEX symbol, EXCHANGE:SYMBOL or none, and refuses anything else on its line', () => {
    expect(parseScannerHeader(header('@benchmark NIFTY500'))).toMatchObject({ data: { benchmark: 'NIFTY500' } });
    expect(parseScannerHeader(header('@benchmark nse_index:nifty500'))).toMatchObject({
      data: { benchmark: 'NIFTY500' }
    });
    expect(parseScannerHeader(header('@benchmark nse:reliance'))).toMatchObject({
      data: { benchmark: 'NSE:RELIANCE' }
    });
    expect(parseScannerHeader(header('@benchmark None'))).toMatchObject({ data: { benchmark: 'none' } });
    expect(parseScannerHeader(header('@name A', '@benchmark NIFTY 500'))).toMatchObject({
      error: expect.stringMatching(/^@benchmark: expected an index/),
      line: 3
    });
    expect(parseScannerHeader(header('@name A'))).not.toHaveProperty('data.benchmark');
  });

  it('a parameter declared twice is refused at the second declaration', () => {
    expect(parseScannerHeader(header('@param n integer 1', '@param n integer 2'))).toEqual({
      error: '@param n is declared twice',
      line: 3
    });
  });

  it('reads every @plot form, with options that use parameters declared before or after them', () => {
    const parsed = parseScannerHeader(
      header(
        '@plot EMA(close, params.fast)',
        '@param fast integer 10 [2..200] Fast EMA period',
        '@plot BBANDS(close, 20, 2, 2)',
        '@plot SUPERTREND(high, low, close, 10, 3)[0]',
        '@plot RSI(close, 14) pane=lower label="RSI 14"'
      )
    );
    expect(parsed).toMatchObject({
      data: {
        plots: [
          { fn: 'EMA', inputs: ['close'], options: [{ param: 'fast' }], pane: 'price' },
          { fn: 'BBANDS', inputs: ['close'], options: [20, 2, 2], pane: 'price' },
          { fn: 'SUPERTREND', inputs: ['high', 'low', 'close'], options: [10, 3], output: 0, pane: 'price' },
          { fn: 'RSI', inputs: ['close'], options: [14], pane: 'lower', label: 'RSI 14' }
        ]
      }
    });
  });

  it.each([
    ['@plot NOPE(close, 20)', '@plot: NOPE: not a ta function'],
    ['@plot EMA(close, close, 20)', '@plot: EMA: takes 1 input series, e.g. EMA(close), got 2'],
    ['@plot EMA(close, 1)', '@plot: EMA: timeperiod 1 is outside [2..100000]'],
    ['@plot EMA(close, params.slow)', '@plot: EMA: params.slow is not a declared number or integer parameter'],
    ['@plot RSI(close, 14) pane=side', '@plot: RSI: pane=side is not one of price, lower'],
    [
      '@plot RSI(close, 14) levels=30,seventy',
      '@plot: RSI: levels=30,seventy: "seventy" is not a number; write levels=30,70'
    ]
  ])('%s is refused on its line: %s', (line, error) => {
    expect(parseScannerHeader(header('@name Test', '@param fast integer 10', line))).toEqual({ error, line: 4 });
  });

  it('counts lines from the top of the file when the header does not start on line 1', () => {
    expect(parseScannerHeader('\n\n  /**\n   * @param n integer x\n   */')).toMatchObject({ line: 4 });
  });
});

describe('declaredHeaderTags', () => {
  it('lists only the tags the header writes, not the defaults parsing fills in', () => {
    const source = '/**\n * @name Breakout\n * @interval 15m\n * @param n integer 20 [2..100] Bars\n */\nFilter = 1;';
    expect([...declaredHeaderTags(source)].sort()).toEqual(['interval', 'name', 'param']);
    expect(parseScannerHeader(source)).toMatchObject({ data: { interval: '15m', lookback: 250 } });
  });

  it('is empty for a scanner without a header', () => {
    expect(declaredHeaderTags('Filter = close[0] > 1; // @interval D')).toEqual(new Set());
  });
});
