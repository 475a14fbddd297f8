import { z } from 'zod';

const MIB = 1024 * 1024;
const WASM_PAGE = 64 * 1024;

/** What one sandbox may use. Enforced by QuickJS and by the wasm memory's hard maximum. */
export const sandboxLimitsSchema = z.object({
  /** Wall-clock time one symbol may run, interrupting the scanner beyond it. */
  timeoutMs: z.number().int().min(10).max(60_000).default(1000),
  /** Hard cap of the whole wasm instance (QuickJS heap, stack and static data). */
  memoryBytes: z
    .number()
    .int()
    .min(32 * MIB)
    .max(1024 * MIB)
    .default(128 * MIB),
  /** QuickJS stack limit: runaway recursion becomes a catchable error. */
  stackBytes: z
    .number()
    .int()
    .min(64 * 1024)
    .max(1024 * 1024)
    .default(256 * 1024),
  /** Largest serialised result one symbol may return. */
  maxResultBytes: z
    .number()
    .int()
    .min(1024)
    .max(MIB)
    .default(64 * 1024)
});

export type SandboxLimits = z.infer<typeof sandboxLimitsSchema>;

export const defaultSandboxLimits: SandboxLimits = sandboxLimitsSchema.parse({});

/** QuickJS's own allocator limit, kept below the wasm cap so a memory bomb fails inside JS, not in the module. */
export const heapLimitBytes = (limits: SandboxLimits): number => Math.floor(limits.memoryBytes * 0.75);

/** Wasm pages for a byte count, never below what the QuickJS build starts with (16 MiB). */
export const wasmPages = (bytes: number): number => Math.max(256, Math.ceil(bytes / WASM_PAGE));
