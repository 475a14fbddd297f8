import { describe, expect, it } from 'vitest';
import { capErrorText, MAX_ERROR_TEXT } from './error-text.js';

describe('capErrorText', () => {
  it('keeps short messages as they are', () => {
    expect(capErrorText('line 3: boom')).toBe('line 3: boom');
    expect(capErrorText('x'.repeat(MAX_ERROR_TEXT))).toHaveLength(MAX_ERROR_TEXT);
  });

  it('cuts long messages to the limit and says how much was cut', () => {
    const capped = capErrorText('x'.repeat(5_000_000));
    expect(capped.length).toBeLessThanOrEqual(MAX_ERROR_TEXT);
    expect(capped).toMatch(/^x+ … \(\d+ more characters cut\)$/);
    expect(Number(/\((\d+) more/.exec(capped)![1]) + capped.indexOf(' …')).toBe(5_000_000);
  });

  it('never leaves half a surrogate pair', () => {
    const capped = capErrorText('💥'.repeat(3000));
    expect(capped.isWellFormed()).toBe(true);
  });
});
