import { describe, expect, it } from 'vitest';
import { parseCommandLine } from './cli-args.js';

describe('parseCommandLine', () => {
  it('scan: defaults, and every path after --csv (a shell glob) is a CSV path', () => {
    expect(parseCommandLine(['scan', '--scanner', 's.js', '--csv', 'a.csv', 'b.csv', '--csv', 'dir'])).toEqual({
      data: {
        kind: 'scan',
        options: {
          scanner: 's.js',
          csvPaths: ['a.csv', 'dir', 'b.csv'],
          params: {},
          format: 'table',
          workers: undefined,
          timeoutMs: undefined,
          exchange: 'NSE',
          lookback: undefined,
          fullPrecision: false
        }
      }
    });
  });

  it('scan: typed values from every option', () => {
    const parsed = parseCommandLine([
      'scan',
      '--scanner=s.js',
      '--csv',
      'd',
      '--params',
      '{"fast":12,"side":"long"}',
      '--format',
      'csv',
      '--workers',
      '3',
      '--timeout-ms',
      '250',
      '--exchange',
      'bse',
      '--lookback',
      '60',
      '--full-precision'
    ]);
    expect(parsed).toMatchObject({
      data: {
        options: {
          params: { fast: 12, side: 'long' },
          format: 'csv',
          workers: 3,
          timeoutMs: 250,
          exchange: 'BSE',
          lookback: 60,
          fullPrecision: true
        }
      }
    });
  });

  it('validate takes exactly one file; help in any form', () => {
    expect(parseCommandLine(['validate', 'x.js'])).toEqual({ data: { kind: 'validate', scanner: 'x.js' } });
    expect(parseCommandLine(['validate', 'x.js', 'y.js'])).toEqual({ error: 'validate takes one scanner file, got 2' });
    expect(parseCommandLine(['validate', '--csv', 'd'])).toEqual({
      error: 'unknown option --csv (see "fluxscan --help")'
    });
    expect(parseCommandLine([])).toEqual({ data: { kind: 'help', topic: null } });
    expect(parseCommandLine(['help'])).toEqual({ data: { kind: 'help', topic: null } });
    expect(parseCommandLine(['scan', '-h'])).toEqual({ data: { kind: 'help', topic: 'scan' } });
  });

  it('reports the first bad value by its flag', () => {
    expect(parseCommandLine(['scan', '--scanner', 's.js', '--csv', 'd', '--lookback', '-5'])).toEqual({
      error: '--lookback needs a value'
    });
    expect(parseCommandLine(['scan', '--scanner', 's.js', '--csv', 'd', '--lookback', '1.5'])).toEqual({
      error: '--lookback must be a whole number'
    });
    expect(parseCommandLine(['scan', '--scanner', 's.js', '--csv', 'd', '--params', '"x"'])).toEqual({
      error: '--params must be a JSON object, e.g. {"fast": 12}'
    });
  });
});
