import { describe, expect, it } from 'vitest';
import { weakPasswordReason } from './password-strength.js';

describe('weakPasswordReason', () => {
  it.each([
    ['password', 'has fewer than 12 characters'],
    ['        ', 'is only whitespace'],
    [' '.repeat(20), 'is only whitespace'],
    ['aaaaaaaaaaaaaaaa', 'repeats too few different characters'],
    ['abababababababab', 'repeats too few different characters'],
    ['123456789012', 'is only common words and digits'],
    ['abcdefghijklm', 'is a run of keys (like abcd… or 1234…)'],
    ['qwertyuiopasd', 'is a run of keys (like abcd… or 1234…)'],
    ['password1234', 'is only common words and digits'],
    ['Password!2026', 'is only common words and digits'],
    ['letmeinletmein', 'is only common words and digits'],
    ['admin-admin-admin', 'is only common words and digits']
  ])('refuses %j: it %s', (password, reason) => {
    expect(weakPasswordReason(password)).toBe(reason);
  });

  it.each(['correct horse battery', 'a long secret', 'Tr4d3-the-0pen!', 'nifty fifty at dawn'])(
    'accepts %j',
    (password) => {
      expect(weakPasswordReason(password)).toBeNull();
    }
  );
});
