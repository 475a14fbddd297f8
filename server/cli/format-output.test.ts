import { describe, expect, it } from 'vitest';
import type { ScanStats } from '../../src-worker/pool/scan-types.js';
import { formatCsv } from './format-csv.js';
import { formatTable } from './format-table.js';
import { formatBarTime, formatJson, type ScanReport } from './scan-report.js';

const stats: ScanStats = {
  symbols: 3,
  matches: 2,
  errors: 1,
  workers: 1,
  elapsedMs: 12.4,
  symbolsPerSecond: 240,
  p50SymbolMs: 1,
  p99SymbolMs: 2
};
// 2025-09-30 00:00 IST and 2025-09-30 09:15 IST
const DAY = 1759170600;
const report: ScanReport = {
  results: [
    {
      symbol: 'M&M',
      exchange: 'NSE',
      signal: 'BUY',
      columns: { Close: 3427, RSI: 45.8012, Note: 'up, "strong"' },
      barTime: DAY
    },
    { symbol: 'TITAN', exchange: 'NSE', signal: 'WATCH', columns: { Close: 3391.5, Tiny: 0.000123456 }, barTime: DAY }
  ],
  errors: [{ symbol: 'INFY', message: 'Error: boom', line: 4 }],
  stats,
  columnFormats: { Close: '1.2' },
  interval: 'D'
};

describe('formatBarTime', () => {
  it('dates for daily and longer bars, IST date-times for intraday ones', () => {
    expect(formatBarTime(DAY, 'D')).toBe('2025-09-30');
    expect(formatBarTime(DAY, 'W')).toBe('2025-09-30');
    expect(formatBarTime(DAY + 9 * 3600 + 15 * 60, '5m')).toBe('2025-09-30T09:15:00+05:30');
    expect(formatBarTime(null, 'D')).toBe('');
  });
});

describe('formatCsv', () => {
  it('quotes fields that need it, leaves missing cells empty, writes numbers as the table shows them', () => {
    expect(formatCsv(report)).toBe(
      'symbol,exchange,signal,barTime,Close,RSI,Note,Tiny\n' +
        'M&M,NSE,BUY,2025-09-30,3427.00,45.80,"up, ""strong""",\n' +
        'TITAN,NSE,WATCH,2025-09-30,3391.50,,,0.00\n'
    );
  });

  it('writes every digit with fullPrecision', () => {
    expect(formatCsv(report, { fullPrecision: true }).split('\n')[1]).toBe(
      'M&M,NSE,BUY,2025-09-30,3427,45.8012,"up, ""strong""",'
    );
  });

  it('neutralises text a spreadsheet could run as a formula', () => {
    const row = { ...report.results[0], columns: { Note: ' =HYPERLINK("http://x")' } };
    expect(formatCsv({ ...report, results: [row] }).split('\n')[1]).toBe(
      `M&M,NSE,BUY,2025-09-30,"' =HYPERLINK(""http://x"")"`
    );
  });
});

describe('formatTable', () => {
  it('aligns columns, right-aligns numbers, applies AddColumn decimals, then errors and stats', () => {
    expect(formatTable(report)).toBe(
      [
        'Symbol  Exchange  Signal  Bar           Close    RSI  Note               Tiny',
        'M&M     NSE       BUY     2025-09-30  3427.00  45.80  up, "strong"',
        'TITAN   NSE       WATCH   2025-09-30  3391.50                       0.0001235',
        '',
        'Errors (1):',
        '  INFY: line 4: Error: boom',
        '',
        '3 symbols, 2 matches, 1 error in 12 ms on 1 worker',
        ''
      ].join('\n')
    );
  });
});

describe('formatJson', () => {
  it('holds exactly results, errors and stats', () => {
    expect(Object.keys(JSON.parse(formatJson(report)))).toEqual(['results', 'errors', 'stats']);
  });
});
