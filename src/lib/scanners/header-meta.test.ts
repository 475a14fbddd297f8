import { describe, expect, it } from 'vitest';
import { parseScannerHeader } from '$engine/contract/scanner-header';
import { headerText, textChange, writeHeaderMeta } from './header-meta';

const meta = { name: 'Breakout', category: 'Price', description: 'New 20-day high' };

describe('writeHeaderMeta', () => {
  it('replaces the tags in place and keeps every other header line', () => {
    const source =
      '/**\n * @name Old\n * @interval 15m\n * @param n integer 5 [1..9] N\n * @category X\n */\nFilter = 1;\n';
    const written = writeHeaderMeta(source, meta);
    expect(written).toBe(
      '/**\n * @name Breakout\n * @category Price\n * @description New 20-day high\n * @interval 15m\n * @param n integer 5 [1..9] N\n */\nFilter = 1;\n'
    );
    expect(parseScannerHeader(written)).toMatchObject({ data: { ...meta, interval: '15m' } });
  });

  it('adds a header when there is none, and drops empty tags', () => {
    expect(writeHeaderMeta('Filter = 1;', { name: 'A', category: '', description: '' })).toBe(
      '/**\n * @name A\n */\nFilter = 1;'
    );
  });

  it('turns a one-line header into a multi-line one', () => {
    const written = writeHeaderMeta('/** @interval W */\nFilter = 1;', meta);
    expect(parseScannerHeader(written)).toMatchObject({ data: { ...meta, interval: 'W' } });
  });

  it('writes values on one line', () => {
    expect(headerText(' a\n  b ')).toBe('a b');
  });
});

describe('textChange', () => {
  it('finds the smallest replacement', () => {
    expect(textChange('abc', 'aXc')).toEqual({ from: 1, to: 2, insert: 'X' });
    expect(textChange('aaa', 'aaaa')).toEqual({ from: 3, to: 3, insert: 'a' });
    expect(textChange('same', 'same')).toBeNull();
  });
});
