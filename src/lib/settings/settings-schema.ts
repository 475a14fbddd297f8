import { z } from 'zod';
import { sandboxLimitsSchema } from '$engine/sandbox/limits';

/** Exchanges a scan may default to (OpenAlgo exchange codes). */
export const SETTINGS_EXCHANGES = ['NSE', 'BSE', 'NFO', 'BFO', 'MCX', 'CDS', 'BCD', 'NSE_INDEX', 'BSE_INDEX'] as const;
/** Bar intervals a scan may default to (OpenAlgo interval codes). */
export const SETTINGS_INTERVALS = ['1m', '3m', '5m', '10m', '15m', '30m', '1h', 'D', 'W'] as const;
/** Engine workers are capped here whatever the core count claims. */
export const MAX_WORKERS = 32;

const symbolTimeoutMs = sandboxLimitsSchema.shape.timeoutMs.unwrap();

/** The user's settings, kept in this browser. */
export const settingsSchema = z.object({
  defaultExchange: z.enum(SETTINGS_EXCHANGES),
  defaultInterval: z.enum(SETTINGS_INTERVALS),
  lookbackBars: z.number().int().min(20).max(5000),
  /** Engine workers; null lets the app pick (cores − 1). */
  workerCount: z.number().int().min(1).max(MAX_WORKERS).nullable(),
  /** Wall-clock time the scanner may run on one symbol before it is stopped (the sandbox's `timeoutMs`). */
  symbolTimeoutMs
});

export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  defaultExchange: 'NSE',
  defaultInterval: 'D',
  lookbackBars: 250,
  workerCount: null,
  symbolTimeoutMs: sandboxLimitsSchema.parse({}).timeoutMs
};

/**
 * Reads settings saved earlier: each field that is missing or no longer valid falls
 * back to its default on its own, so one bad value never resets the others.
 * @example parseStoredSettings(JSON.parse(localStorage.getItem(key) ?? 'null'))
 */
export function parseStoredSettings(value: unknown): Settings {
  const stored = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const field = <K extends keyof Settings>(key: K): Settings[K] => {
    const parsed = settingsSchema.shape[key].safeParse(stored[key]);
    return parsed.success ? (parsed.data as Settings[K]) : DEFAULT_SETTINGS[key];
  };
  return {
    defaultExchange: field('defaultExchange'),
    defaultInterval: field('defaultInterval'),
    lookbackBars: field('lookbackBars'),
    workerCount: field('workerCount'),
    symbolTimeoutMs: field('symbolTimeoutMs')
  };
}
