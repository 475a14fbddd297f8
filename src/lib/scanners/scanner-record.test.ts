import { describe, expect, it } from 'vitest';
import { freeName, scannerInputSchema } from './scanner-record';

describe('freeName', () => {
  it('counts copies up from the original name', () => {
    expect(freeName('EMA', 'copy', new Set(['ema']))).toBe('EMA (copy)');
    expect(freeName('EMA', 'copy', new Set(['ema', 'ema (copy)']))).toBe('EMA (copy 2)');
    expect(freeName('EMA (copy)', 'copy', new Set(['ema', 'ema (copy)']))).toBe('EMA (copy 2)');
  });
});

describe('scannerInputSchema', () => {
  it('refuses text that would end the header comment', () => {
    const parsed = scannerInputSchema.safeParse({ name: 'a */ b', category: '', description: '', source: '' });
    expect(parsed.success).toBe(false);
  });
});
