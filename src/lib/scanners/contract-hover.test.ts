import { describe, expect, it } from 'vitest';
import { EditorState } from '@codemirror/state';
import { contractDocAt } from './contract-hover';

const SOURCE = `/**
 * @name RS leaders
 * @benchmark NIFTY500
 * @top 20
 */
// benchmark in a comment
const weekly = tf('W');
const rating = rsRating(close, benchmark.close, 63);
Rank = mansfieldRS(weekly.close, tf('W').close, 52);
Filter = rs(close, benchmark.close) && industry !== 'benchmark';
`;
const state = EditorState.create({ doc: SOURCE });
/** The doc shown when hovering the `occurrence`-th appearance of `text` (at its second character). */
const hoverOn = (text: string, occurrence = 0) => {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = SOURCE.indexOf(text, at + 1);
  return contractDocAt(state, at + 1);
};

describe('contractDocAt', () => {
  it('explains the higher-timeframe, benchmark, relative-strength, ranking and industry names in code', () => {
    expect(hoverOn("tf('W')")?.text).toMatch(/^tf\(interval\).*\n.*weeks \(Mon–Fri IST\)/);
    expect(hoverOn('benchmark.close')?.text).toMatch(/^benchmark: .*\n.*last index bar at or before it/);
    expect(hoverOn('rsRating')?.text).toContain('(index ÷ index n bars ago) − 1) × 100');
    expect(hoverOn('mansfieldRS')?.text).toContain('(rs ÷ SMA(rs, n) − 1) × 100');
    expect(hoverOn('rs(')?.text).toMatch(/^rs\(close, benchmark.close\)/);
    expect(hoverOn('Rank =')?.text).toContain('ties share the better rank');
    expect(hoverOn('industry !==')?.text).toMatch(/^industry: string \| null/);
    const found = hoverOn('rsRating')!;
    expect(SOURCE.slice(found.from, found.to)).toBe('rsRating');
  });

  it('explains the header tags inside the header', () => {
    expect(hoverOn('@benchmark')?.text).toMatch(/^@benchmark NIFTY500\n/);
    expect(hoverOn('top 20')?.text).toContain('when the scanner sets Rank');
  });

  it('stays quiet on properties, comments and strings', () => {
    expect(hoverOn('close,', 1)).toBeNull(); // benchmark.close
    expect(hoverOn('benchmark in a comment')).toBeNull();
    expect(hoverOn("benchmark';")).toBeNull();
    expect(hoverOn('weekly =')).toBeNull();
  });
});
