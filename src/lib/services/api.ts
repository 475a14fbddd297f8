import { z } from 'zod';

const errorBodySchema = z.object({ error: z.object({ message: z.string() }) });

/**
 * GETs JSON from the FluxScan server and parses it; an HTTP error becomes an
 * Error carrying the server's message.
 * @example await getJson('/api/lists', listsSchema)
 */
export async function getJson<T>(url: string, schema: z.ZodType<T>): Promise<T> {
  const response = await fetch(url);
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const parsed = errorBodySchema.safeParse(body);
    throw new Error(parsed.success ? parsed.data.error.message : `${url}: HTTP ${response.status}`);
  }
  return schema.parse(body);
}
