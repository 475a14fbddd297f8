import type { Context } from 'hono';
import type { z } from 'zod';
import { InvalidRequestError } from './errors.js';
import { withoutNul } from './nul-free.js';

/** Zod issues grouped by dotted field path; issues about the whole body go under `body`. */
export function fieldsOf(error: z.ZodError): Record<string, string[]> {
  const fields = Object.create(null) as Record<string, string[]>;
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || 'body';
    (fields[key] ??= []).push(issue.message);
  }
  return { ...fields };
}

function parseOrThrow<T extends z.ZodType>(schema: T, value: unknown, what: string): z.output<T> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const fields = fieldsOf(parsed.error);
  throw new InvalidRequestError(`invalid ${what}: ${Object.keys(fields).join(', ')}`, fields);
}

/**
 * The request body as JSON, validated by `schema`; anything else is a 400 naming the fields,
 * a NUL character in any text included.
 * @example const input = await readJson(c, scannerCreateSchema)
 */
export async function readJson<T extends z.ZodType>(c: Context, schema: T): Promise<z.output<T>> {
  const text = await c.req.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new InvalidRequestError('the request body is not valid JSON', { body: ['expected a JSON document'] });
  }
  return parseOrThrow(withoutNul(schema), json, 'request body');
}

/** The query string (first value of each name), validated by `schema`. */
export function readQuery<T extends z.ZodType>(c: Context, schema: T): z.output<T> {
  return parseOrThrow(schema, c.req.query(), 'query');
}
