import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { issuesByField } from './field-issues.js';

const schema = z.strictObject({ symbol: z.string(), exchange: z.string() });
const BUILT_IN_NAMES = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__', 'isPrototypeOf'];

describe('issuesByField', () => {
  it.each(BUILT_IN_NAMES)('names an unknown key called %s as a field, and survives JSON', (name) => {
    const body = JSON.parse(`{"symbol":"SBIN","exchange":"NSE","${name}":1}`);
    const fields = issuesByField(schema.safeParse(body).error!);
    expect(Object.keys(fields)).toEqual([name]);
    expect(JSON.parse(JSON.stringify(fields))).toEqual(JSON.parse(`{"${name}":["unknown field"]}`));
    expect(Object.getPrototypeOf(fields)).toBe(Object.prototype);
  });

  it('groups a nested path and whole-body issues', () => {
    expect(issuesByField(z.object({ a: z.object({ b: z.number() }) }).safeParse({ a: { b: 'x' } }).error!)).toEqual({
      'a.b': [expect.any(String)]
    });
    expect(issuesByField(schema.safeParse(null).error!)).toEqual({ _body: [expect.any(String)] });
  });
});
