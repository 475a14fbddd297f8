import type { z } from 'zod';

/**
 * Zod issues by dotted field path, an unknown key named as its own field ("unknown field"); issues
 * about the whole body go under `_body`. The map has no prototype while it is filled, so a field
 * called `constructor`, `toString` or `__proto__` is a field like any other.
 * @example issuesByField(schema.safeParse({ symbol: 'SBIN', constructor: 1 }).error!) // { constructor: ['unknown field'] }
 */
export function issuesByField(error: z.ZodError): Record<string, string[]> {
  const fields = Object.create(null) as Record<string, string[]>;
  for (const issue of error.issues) {
    const keys =
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((key) => [...issue.path, key].join('.'))
        : [issue.path.join('.') || '_body'];
    const message = issue.code === 'unrecognized_keys' ? 'unknown field' : issue.message;
    for (const key of keys) (fields[key] ??= []).push(message);
  }
  // Own data properties only (Object.fromEntries defines, never assigns), so even `__proto__` stays a plain key.
  return Object.fromEntries(Object.entries(fields));
}
