import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';

/** The one place HTTP errors become JSON: `{ error: { message } }` with the right status. */
export function handleHttpError(error: Error, c: Context): Response {
  if (error instanceof HTTPException) {
    return c.json({ error: { message: error.message } }, error.status);
  }
  console.error(JSON.stringify({ level: 'error', msg: 'unhandled error', path: c.req.path, error: error.message }));
  return c.json({ error: { message: 'internal error' } }, 500);
}
