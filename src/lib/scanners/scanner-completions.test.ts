import { describe, expect, it } from 'vitest';
import { CompletionContext, type CompletionResult } from '@codemirror/autocomplete';
import { EditorState } from '@codemirror/state';
import { taFunctions } from '$engine/ta/index';
import { scannerCompletionSource, taSignature } from './scanner-completions';

function complete(doc: string): CompletionResult | null {
  const state = EditorState.create({ doc });
  return scannerCompletionSource(new CompletionContext(state, doc.length, false)) as CompletionResult | null;
}

describe('scannerCompletionSource', () => {
  it('shows ta functions with their Python-TA-Lib signature', () => {
    expect(taSignature(taFunctions.get('EMA')!)).toBe('ta.EMA(real, timeperiod=30)');
    const result = complete('const x = ta.EM');
    expect(result?.from).toBe('const x = ta.'.length);
    expect(result?.options.find((o) => o.label === 'EMA')?.detail).toBe('(real, timeperiod=30)');
  });

  it('completes params with the declared parameters', () => {
    const result = complete('/**\n * @param fast integer 10 [2..200] Fast EMA\n */\nparams.f');
    expect(result?.options.map((o) => o.label)).toEqual(['fast']);
  });

  it('completes bare words with the contract, but not properties', () => {
    expect(complete('Fil')?.options.some((o) => o.label === 'Filter')).toBe(true);
    expect(complete('foo.clo')).toBeNull();
  });

  it('completes the multi-timeframe, benchmark and ranking names with their docs', () => {
    const options = complete('r')?.options ?? [];
    const names = ['tf', 'benchmark', 'rs', 'rsRating', 'mansfieldRS', 'Rank', 'industry'];
    for (const name of names) expect(options.find((o) => o.label === name)?.info, name).toBeTruthy();
    expect(complete('const r = rsR')?.options.find((o) => o.label === 'rsRating')?.detail).toBe(
      'rsRating(close, benchmark.close, n)'
    );
  });

  it('completes @ in the header with its tags, and not in code', () => {
    const result = complete('/**\n * @name Leaders\n * @');
    expect(result?.from).toBe('/**\n * @name Leaders\n * @'.length);
    expect(result?.options.map((o) => o.label)).toEqual(
      expect.arrayContaining(['benchmark', 'top', 'interval', 'param'])
    );
    expect(result?.options.find((o) => o.label === 'top')?.detail).toBe('@top 20');
    expect(complete('/** @top 20 */\nconst a = "@')?.options.some((o) => o.label === 'top')).toBeFalsy();
  });
});
