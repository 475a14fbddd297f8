import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';

/** A 400 that names the offending fields: `{ error: { message, fields: { name: ['…'] } } }`. */
export class InvalidRequestError extends HTTPException {
  constructor(
    message: string,
    readonly fields: Record<string, string[]>
  ) {
    super(400, { message });
  }
}

/** The one place HTTP errors become JSON: `{ error: { message, fields? } }` with the right status. */
export function handleHttpError(error: Error, c: Context): Response {
  if (error instanceof InvalidRequestError) {
    return c.json({ error: { message: error.message, fields: error.fields } }, 400);
  }
  if (error instanceof HTTPException) {
    return c.json({ error: { message: error.message } }, error.status);
  }
  console.error(JSON.stringify({ level: 'error', msg: 'unhandled error', path: c.req.path, error: error.message }));
  return c.json({ error: { message: 'internal error' } }, 500);
}
