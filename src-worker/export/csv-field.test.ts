import { describe, expect, it } from 'vitest';
import { formatCell } from './cell-format.js';
import { csvField } from './csv-field.js';

describe('csvField', () => {
  it('writes a number as its AddColumn format shows it, or every digit when asked', () => {
    expect(csvField(34.77727385651553, '1.2')).toBe('34.78');
    expect(csvField(34.77727385651553, '')).toBe('34.78');
    expect(csvField(34.77727385651553, '1.0')).toBe('35');
    expect(csvField(34.77727385651553, '8.4')).toBe('34.7773');
    expect(csvField(34.77727385651553, null)).toBe('34.77727385651553');
    expect(csvField(-3.5, '1.1')).toBe('-3.5');
    expect(formatCell(12.345, 'percent')).toBe('12.35%');
    expect(formatCell(Date.parse('2026-12-04T09:15:00+05:30') / 1000, 'formatDateTime')).toBe('2026-12-04 09:15 IST');
  });

  it.each([
    ['=cmd|"/c calc"!A1', `"'=cmd|""/c calc""!A1"`],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['  =1+1', "'  =1+1"],
    ['\t=1+1', "'\t=1+1"],
    ['\n=1+1', `"'\n=1+1"`],
    ['\u3000=1+1', "'\u3000=1+1"],
    ['＝1+1', "'＝1+1"],
    ['＋1', "'＋1"],
    ['－1', "'－1"],
    ['＠SUM(A1)', "'＠SUM(A1)"],
    ['\tplain', "'\tplain"]
  ])('neutralises %j, which a spreadsheet could run as a formula', (text, field) => {
    expect(csvField(text)).toBe(field);
  });

  it('leaves ordinary text, booleans and missing cells alone', () => {
    expect(csvField('BUY')).toBe('BUY');
    expect(csvField('a, "b"')).toBe('"a, ""b"""');
    expect(csvField('M&M')).toBe('M&M');
    expect(csvField(true)).toBe('true');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
  });
});
