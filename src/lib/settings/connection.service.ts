import { z } from 'zod';

const connectionTestSchema = z.object({
  source: z.enum(['openalgo', 'simulator']),
  demo: z.boolean(),
  reachable: z.boolean(),
  broker: z.string().nullable(),
  latencyMs: z.number(),
  error: z.string().nullable(),
  checkedAt: z.string()
});

export type ConnectionTest = z.infer<typeof connectionTestSchema>;

/**
 * Asks the FluxScan server to ping OpenAlgo with the key it holds; the browser never sees the key.
 * A server that does not answer comes back as `{ error }`.
 * @example const result = await testOpenAlgoConnection()
 */
export async function testOpenAlgoConnection(): Promise<{ data: ConnectionTest } | { error: string }> {
  try {
    const response = await fetch('/api/settings/test-connection', { method: 'POST' });
    if (!response.ok) return { error: `the server answered HTTP ${response.status}` };
    return { data: connectionTestSchema.parse(await response.json()) };
  } catch (error) {
    return { error: `the FluxScan server did not answer (${error instanceof Error ? error.message : String(error)})` };
  }
}
