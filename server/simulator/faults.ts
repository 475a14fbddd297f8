import { z } from 'zod';
import { createRandom, type Random } from './seeded-random.js';

/** Failures the simulator can be told to produce, at start-up or at any time during a test. */
export const simulatorFaultsSchema = z.object({
  /** Delay before every answer, in ms. */
  latencyMs: z.number().min(0).default(0),
  /** Share of calls (0–1) answered with a 500, decided by a seeded generator so runs repeat. */
  errorRate: z.number().min(0).max(1).default(0),
  errorSeed: z.number().int().default(1),
  /** The next N calls answer 429 (counts down). */
  rateLimitBurst: z.number().int().min(0).default(0),
  /** Successful answers come back as broken JSON or as JSON of the wrong shape. */
  malformedBody: z.enum(['invalid-json', 'wrong-shape']).nullable().default(null),
  /** Calls never get an answer (until the simulator closes). */
  hang: z.boolean().default(false),
  /** Symbols whose requests always fail with a 500. */
  failingSymbols: z.array(z.string()).default([])
});

export type SimulatorFaults = z.infer<typeof simulatorFaultsSchema>;

/**
 * Decides, call by call, whether the configured error rate strikes; re-seeds when `errorSeed` changes.
 * @example const strikes = createErrorDecider(faults); if (strikes()) return serverError
 */
export function createErrorDecider(faults: SimulatorFaults): () => boolean {
  let seed = faults.errorSeed;
  let random: Random = createRandom(seed);
  return () => {
    if (faults.errorRate <= 0) return false;
    if (faults.errorSeed !== seed) random = createRandom((seed = faults.errorSeed));
    return random() < faults.errorRate;
  };
}

/** The body of a successful answer, broken the way `malformedBody` says. */
export function malformed(kind: NonNullable<SimulatorFaults['malformedBody']>): string {
  return kind === 'invalid-json'
    ? '{"status":"success","data":[{"timestamp":'
    : '{"status":"success","data":"unexpected"}';
}
