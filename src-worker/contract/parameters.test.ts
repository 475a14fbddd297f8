import { describe, expect, it } from 'vitest';
import { resolveParameters, type ParameterDeclaration } from './parameters.js';

const declared: ParameterDeclaration[] = [
  { type: 'integer', name: 'fast', label: 'Fast', default: 10, min: 2, max: 200 },
  { type: 'number', name: 'width', label: 'Width', default: 2, min: 0.5 },
  { type: 'boolean', name: 'volume', label: 'Volume', default: false },
  { type: 'string', name: 'note', label: 'Note', default: '' },
  { type: 'choice', name: 'side', label: 'Side', default: 'long', choices: ['long', 'short'] }
];

describe('resolveParameters', () => {
  it('gives the defaults when nothing is overridden', () => {
    expect(resolveParameters(declared)).toEqual({
      data: { fast: 10, width: 2, volume: false, note: '', side: 'long' }
    });
    expect(resolveParameters([], {})).toEqual({ data: {} });
  });

  it('merges valid overrides over the defaults', () => {
    expect(resolveParameters(declared, { fast: 200, width: 0.5, volume: true, note: 'x', side: 'short' })).toEqual({
      data: { fast: 200, width: 0.5, volume: true, note: 'x', side: 'short' }
    });
  });

  it.each([
    [{ fast: 1 }, 'fast: Too small: expected number to be >=2'],
    [{ fast: 201 }, 'fast: Too big: expected number to be <=200'],
    [{ fast: 12.5 }, 'fast: Invalid input: expected int, received number'],
    [{ fast: '12' }, 'fast: Invalid input: expected number, received string'],
    [{ width: 0.1 }, 'width: Too small: expected number to be >=0.5'],
    [{ volume: 'yes' }, 'volume: Invalid input: expected boolean, received string'],
    [{ note: 'x'.repeat(501) }, 'note: Too big: expected string to have <=500 characters'],
    [{ side: 'flat' }, 'side: Invalid option: expected one of "long"|"short"'],
    [{ fats: 12 }, 'unknown parameter fats (declared: fast, width, volume, note, side)'],
    [{ a: 1, b: 2 }, 'unknown parameters a, b (declared: fast, width, volume, note, side)']
  ])('refuses %j: %s', (overrides, message) => {
    expect(resolveParameters(declared, overrides)).toEqual({ error: message });
  });

  it('reports every problem at once, and says when a scanner declares none', () => {
    expect(resolveParameters(declared, { fast: 1, side: 'flat' })).toEqual({
      error: 'fast: Too small: expected number to be >=2; side: Invalid option: expected one of "long"|"short"'
    });
    expect(resolveParameters([], { fast: 1 })).toEqual({ error: 'unknown parameter fast (declared: none)' });
  });
});
