import { z } from 'zod';

const errorBodySchema = z.object({
  error: z.object({ message: z.string(), fields: z.record(z.string(), z.array(z.string())).optional() })
});

/** Why a call to the FluxScan server failed: its message and, for a 400, the messages per field (`spec.expression`, …). */
export interface ServerFailure {
  status: number;
  message: string;
  fields: Record<string, string[]>;
}

export type ServerResult<T> = { data: T } | { error: ServerFailure };

/**
 * Sends a JSON request to the FluxScan server and parses the answer with `schema`. Expected
 * failures (HTTP errors, an unreachable server) come back as `{ error }`, never thrown.
 * @example const saved = await serverRequest('PATCH', `/api/schedules/${id}`, scheduleEnvelope, { enabled: false })
 */
export async function serverRequest<T>(
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  url: string,
  schema: z.ZodType<T>,
  body?: unknown
): Promise<ServerResult<T>> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: body === undefined ? undefined : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body)
    });
  } catch {
    return {
      error: {
        status: 0,
        message: 'The FluxScan server is not reachable; schedules can only be changed while it is.',
        fields: {}
      }
    };
  }
  const json: unknown = response.status === 204 ? null : await response.json().catch(() => null);
  if (!response.ok) {
    const parsed = errorBodySchema.safeParse(json);
    const message = parsed.success ? parsed.data.error.message : `${method} ${url}: HTTP ${response.status}`;
    return {
      error: { status: response.status, message, fields: parsed.success ? (parsed.data.error.fields ?? {}) : {} }
    };
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success)
    return { error: { status: response.status, message: `${url} answered in an unexpected shape`, fields: {} } };
  return { data: parsed.data };
}

/** The value of a result, or throws its message (for callers that report through one catch). */
export function dataOrThrow<T>(result: ServerResult<T>): T {
  if ('error' in result) throw new Error(result.error.message);
  return result.data;
}
