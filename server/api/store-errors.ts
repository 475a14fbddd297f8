import { HTTPException } from 'hono/http-exception';
import type { StoreResult } from '../store/index.js';
import { InvalidRequestError } from '../http/errors.js';

/**
 * A repository result's data, or the HTTP error its failure means: not-found 404,
 * duplicate-name 409, invalid-reference 400 naming the field.
 */
export function dataOrThrow<T>(result: StoreResult<T>): T {
  if ('data' in result) return result.data;
  const { kind, message, field } = result.error;
  if (kind === 'not-found') throw new HTTPException(404, { message });
  if (kind === 'duplicate-name') throw new HTTPException(409, { message });
  throw new InvalidRequestError(message, { [field ?? 'body']: [message] });
}

export const notFound = (what: string, id: string) => new HTTPException(404, { message: `no ${what} "${id}"` });
