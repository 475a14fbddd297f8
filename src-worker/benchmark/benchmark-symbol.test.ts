import { describe, expect, it } from 'vitest';
import { parseScannerHeader } from '../contract/scanner-header.js';
import { benchmarkWarning, DEFAULT_BENCHMARK, scanBenchmark } from './benchmark-symbol.js';

const USES = 'Filter = rsRating(close, benchmark.close, 20) > 0;';
/** scanBenchmark of a scanner with `header` lines above a body that reads `benchmark`. */
const benchmarkOf = (header: string, setting?: Parameters<typeof scanBenchmark>[2]) => {
  const source = `${header ? `/** ${header} */\n` : ''}${USES}`;
  const parsed = parseScannerHeader(source);
  if ('error' in parsed) throw new Error(parsed.error);
  return scanBenchmark(source, parsed.data, setting);
};

describe('scanBenchmark', () => {
  it('takes the header first, then the run setting, then NIFTY on NSE_INDEX', () => {
    const nifty500 = { symbol: 'NIFTY500', exchange: 'NSE_INDEX' };
    expect(benchmarkOf('@benchmark NIFTY500', { symbol: 'BANKNIFTY', exchange: 'NSE_INDEX' })).toEqual(nifty500);
    expect(benchmarkOf('', nifty500)).toEqual(nifty500);
    expect(benchmarkOf('')).toEqual(DEFAULT_BENCHMARK);
    expect(benchmarkOf('', null)).toBeNull();
    expect(benchmarkOf('@benchmark none', nifty500)).toBeNull();
    expect(benchmarkOf('@benchmark NSE:RELIANCE')).toEqual({ symbol: 'RELIANCE', exchange: 'NSE' });
  });

  it('loads nothing for a scanner that never reads benchmark', () => {
    expect(scanBenchmark('Filter = last(close) > 10;', {})).toBeNull();
    expect(scanBenchmark('const benchmarks = 1; Filter = true;', {})).toBeNull();
  });

  it('says in the warning which series is missing and what scanners see instead', () => {
    expect(benchmarkWarning(DEFAULT_BENCHMARK, 'HTTP 500')).toBe(
      'benchmark NSE_INDEX:NIFTY unavailable (HTTP 500): scanners see benchmark = null'
    );
  });
});
