import { describe, expect, it } from 'vitest';
import { scanRow } from '$lib/results/test-helpers';
import { joinRun, parseRunSummary, splitRun, type ScanRun } from './run-schema';

const run: ScanRun = {
  id: 'run-1',
  scannerId: 'ema',
  scannerName: 'EMA trend',
  watchlistId: 'nifty50',
  watchlistName: 'NIFTY 50',
  interval: 'D',
  lookbackBars: 250,
  params: { fast: 10 },
  status: 'completed',
  message: null,
  startedAt: 1_000,
  finishedAt: 2_000,
  stats: {
    symbols: 50,
    matches: 1,
    errors: 1,
    workers: 4,
    elapsedMs: 1000,
    symbolsPerSecond: 50,
    p50SymbolMs: 3,
    p99SymbolMs: 9
  },
  rows: [scanRow()],
  errors: [{ symbol: 'TCS', exchange: 'NSE', message: 'boom', line: 3, column: 1 }],
  columnFormats: { Close: '1.2' },
  dataStatus: [{ symbol: 'INFY', exchange: 'NSE', state: 'fetched', error: null }]
};

describe('stored runs', () => {
  it('split into summary and results and join back unchanged', () => {
    const { summary, results } = splitRun(run);
    expect(summary).not.toHaveProperty('rows');
    expect(joinRun(structuredClone(summary), structuredClone(results))).toEqual(run);
  });

  it('read a corrupt summary as missing and lost results as an empty run', () => {
    const { summary } = splitRun(run);
    expect(parseRunSummary({ ...summary, status: 'exploded' })).toBeNull();
    expect(joinRun({ id: 'x' }, undefined)).toBeNull();
    expect(joinRun(summary, { id: 'run-1', rows: 'nope' })).toMatchObject({
      id: 'run-1',
      rows: [],
      errors: [],
      dataStatus: []
    });
  });
});
