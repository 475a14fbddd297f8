import { z } from 'zod';
import { getJson } from './api';

const healthSchema = z.object({
  status: z.string(),
  openalgo: z.object({
    source: z.enum(['openalgo', 'simulator']),
    demo: z.boolean(),
    reachable: z.boolean(),
    error: z.string().nullable()
  })
});

export type ServerHealth = z.infer<typeof healthSchema>;

/** The server's health: whether it serves demo data and whether OpenAlgo answers. */
export function fetchHealth(): Promise<ServerHealth> {
  return getJson('/api/health', healthSchema);
}
