import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { NUL_MESSAGE, withoutNul } from './nul-free.js';

const issuesOf = (value: unknown) =>
  withoutNul(z.unknown())
    .safeParse(value)
    .error?.issues.map((issue) => [issue.path.join('.'), issue.message]) ?? [];

describe('withoutNul', () => {
  it('names every string holding U+0000, however deep, and keys holding it', () => {
    expect(issuesOf({ name: 'ok', changes: [{ fields: { source: 'a\u0000b' } }], tags: ['x', '\u0000'] })).toEqual(
      expect.arrayContaining([
        ['changes.0.fields.source', NUL_MESSAGE],
        ['tags.1', NUL_MESSAGE]
      ])
    );
    expect(issuesOf({ 'a\u0000': 1 })).toEqual([['', `a field name ${NUL_MESSAGE}`]]);
    expect(issuesOf({ text: 'no nul here', n: 0, list: [null, true] })).toEqual([]);
  });

  it('walks very deep JSON without exhausting the stack', () => {
    const deep = JSON.parse(`${'['.repeat(100_000)}"\\u0000"${']'.repeat(100_000)}`);
    expect(issuesOf(deep)).toHaveLength(1);
  });

  it('passes clean input on to the schema', () => {
    expect(withoutNul(z.strictObject({ a: z.string() })).safeParse({ a: 1 }).error?.issues[0].path).toEqual(['a']);
  });
});
