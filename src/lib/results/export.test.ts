import { readSheet } from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { csvField, rowsToCsv } from './export-csv';
import { rowsToJson, type JsonExport } from './export-json';
import { exportFileName } from './export-table';
import { rowsToXlsx } from './export-xlsx';
import { parseCsv, scanRow } from './test-helpers';

const daily = (date: string) => Date.parse(`${date}T00:00:00+05:30`) / 1000;
const rows = [
  scanRow({ symbol: 'INFY', columns: { Close: 1520.4567, Note: 'plain', Flag: true }, barTime: daily('2026-03-02') }),
  scanRow({
    symbol: 'M&M',
    signal: 'SELL',
    columns: { Close: -3.5, Note: 'comma, "quoted"\nand a line break', Flag: false },
    barTime: daily('2026-03-02')
  }),
  scanRow({
    symbol: 'TCS',
    signal: 'WATCH',
    columns: { Close: null, Note: '=HYPERLINK("http://evil","x")', Flag: null },
    barTime: null
  }),
  scanRow({
    symbol: 'SBIN',
    signal: 'CUSTOM',
    columns: { Close: 812, Note: '@SUM(A1)', 'Odd, name': '+1', Flag: false },
    barTime: daily('2026-03-02')
  })
];

describe('CSV export', () => {
  it('reads back with the values as their AddColumn format shows them, header first', () => {
    const lines = parseCsv(rowsToCsv(rows, { columnFormats: { Close: '1.1' } }));
    expect(lines[0]).toEqual(['Symbol', 'Exchange', 'Signal', 'Date', 'Close', 'Note', 'Flag', 'Odd, name']);
    expect(lines).toHaveLength(rows.length + 1);
    expect(lines[1]).toEqual(['INFY', 'NSE', 'BUY', '2026-03-02', '1520.5', 'plain', 'true', '']);
    expect(lines[2]).toEqual([
      'M&M',
      'NSE',
      'SELL',
      '2026-03-02',
      '-3.5',
      'comma, "quoted"\nand a line break',
      'false',
      ''
    ]);
    expect(lines[3][3]).toBe('');
  });

  it('writes two decimals for a column without a format, and every digit when asked', () => {
    const row = scanRow({ columns: { RSI: 34.77727385651553, Volume: 1234567 } });
    expect(parseCsv(rowsToCsv([row]))[1].slice(4)).toEqual(['34.78', '1234567.00']);
    expect(parseCsv(rowsToCsv([row], { columnFormats: { Volume: '1.0' } }))[1].slice(4)).toEqual(['34.78', '1234567']);
    expect(parseCsv(rowsToCsv([row], { columnFormats: { Volume: '1.0' }, fullPrecision: true }))[1].slice(4)).toEqual([
      '34.77727385651553',
      '1234567'
    ]);
  });

  it('defuses text a spreadsheet would run as a formula, but not negative numbers', () => {
    const lines = parseCsv(rowsToCsv(rows));
    expect(lines[3][5]).toBe(`'=HYPERLINK("http://evil","x")`);
    expect(lines[4][5]).toBe(`'@SUM(A1)`);
    expect(lines[4][7]).toBe(`'+1`);
    expect(csvField('-1+2')).toBe(`'-1+2`);
    expect(csvField(-2)).toBe('-2');
    expect(csvField(-2.345, '1.2')).toBe('-2.35');
  });

  it('defuses formulas behind leading whitespace and in full-width characters', () => {
    for (const text of [
      ' =1+1',
      '\u00a0=1+1',
      '\n=1+1',
      '\t=1',
      '\u3000+1',
      '＝SUM(A1)',
      '＋1',
      '－1',
      '＠SUM(A1)',
      '  ＝1'
    ]) {
      expect(csvField(text).replace(/^"|"$/g, '')).toBe(`'${text}`);
    }
    expect(csvField('a=1')).toBe('a=1');
    expect(csvField('Uptrend')).toBe('Uptrend');
  });

  it('ends lines with CRLF', () => {
    expect(rowsToCsv([scanRow()]).split('\r\n')).toHaveLength(3);
  });
});

describe('JSON export', () => {
  it('keeps the rows with their types', () => {
    const parsed = JSON.parse(
      rowsToJson(rows, { scanner: 'EMA trend', runId: 'r1', startedAt: Date.UTC(2026, 2, 2, 5) })
    ) as JsonExport;
    expect(parsed.scanner).toBe('EMA trend');
    expect(parsed.startedAt).toBe('2026-03-02T05:00:00.000Z');
    expect(parsed.rows.map(({ date: _date, ...row }) => row)).toEqual(rows);
    expect(parsed.rows[0].date).toBe('2026-03-02');
  });
});

describe('Excel export', () => {
  it('reads back with read-excel-file: header, typed cells, formulas kept as text', async () => {
    const blob = await rowsToXlsx(rows, 'EMA trend: 10/20 [daily] with a very long name');
    const sheet = await readSheet(Buffer.from(await blob.arrayBuffer()));
    expect(sheet[0]).toEqual(['Symbol', 'Exchange', 'Signal', 'Date', 'Close', 'Note', 'Flag', 'Odd, name']);
    expect(sheet[1]).toEqual(['INFY', 'NSE', 'BUY', '2026-03-02', 1520.4567, 'plain', true, null]);
    expect(sheet[2][4]).toBe(-3.5);
    expect(sheet[3][5]).toBe('=HYPERLINK("http://evil","x")');
    expect(sheet[3][4]).toBeNull();
    expect(sheet).toHaveLength(rows.length + 1);
  });
});

describe('exportFileName', () => {
  it('is <scanner>-<IST date>.<ext>', () => {
    expect(exportFileName('EMA trend / RSI', Date.parse('2026-03-02T01:00:00+05:30'), 'csv')).toBe(
      'ema-trend-rsi-2026-03-02.csv'
    );
    expect(exportFileName('<script>', 0, 'xlsx')).toBe('script-1970-01-01.xlsx');
    expect(exportFileName('***', 0, 'json')).toBe('scan-1970-01-01.json');
  });
});
