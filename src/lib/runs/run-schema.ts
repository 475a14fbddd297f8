import { z } from 'zod';
import { cellSchema } from '$engine/sandbox/outcome';
import type { ScanRow, ScanStats, ScanSymbolError } from '$engine/pool/scan-types';

/** One scan as history keeps it: what ran, over what, how it ended, and everything it found. */
export interface ScanRun {
  id: string;
  scannerId: string | null;
  scannerName: string;
  watchlistId: string | null;
  watchlistName: string;
  interval: string;
  lookbackBars: number;
  params: Record<string, unknown>;
  status: 'running' | 'completed' | 'cancelled' | 'failed';
  message: string | null;
  startedAt: number;
  finishedAt: number | null;
  stats: ScanStats | null;
  rows: ScanRow[];
  errors: ScanSymbolError[];
  columnFormats: Record<string, string>;
  dataStatus: { symbol: string; exchange: string; state: string; error: string | null }[];
}

/** A run without its bulky parts: what the history list reads. */
export type ScanRunSummary = Omit<ScanRun, 'rows' | 'errors' | 'dataStatus'>;

/** The bulky parts, stored apart so listing history never reads thousands of rows. */
export type ScanRunResults = Pick<ScanRun, 'id' | 'rows' | 'errors' | 'dataStatus'>;

export const scanRowSchema = z.object({
  symbol: z.string(),
  exchange: z.string(),
  signal: z.string(),
  columns: z.record(z.string(), cellSchema),
  barTime: z.number().nullable()
}) satisfies z.ZodType<ScanRow>;

const scanSymbolErrorSchema = z.object({
  symbol: z.string(),
  exchange: z.string(),
  message: z.string(),
  line: z.number().nullable(),
  column: z.number().nullable()
}) satisfies z.ZodType<ScanSymbolError>;

const scanStatsSchema = z.object({
  symbols: z.number(),
  matches: z.number(),
  errors: z.number(),
  workers: z.number(),
  elapsedMs: z.number(),
  symbolsPerSecond: z.number(),
  p50SymbolMs: z.number(),
  p99SymbolMs: z.number()
}) satisfies z.ZodType<ScanStats>;

export const runSummarySchema = z.object({
  id: z.string().min(1),
  scannerId: z.string().nullable(),
  scannerName: z.string(),
  watchlistId: z.string().nullable(),
  watchlistName: z.string(),
  interval: z.string(),
  lookbackBars: z.number(),
  params: z.record(z.string(), z.unknown()),
  status: z.enum(['running', 'completed', 'cancelled', 'failed']),
  message: z.string().nullable(),
  startedAt: z.number(),
  finishedAt: z.number().nullable(),
  stats: scanStatsSchema.nullable(),
  columnFormats: z.record(z.string(), z.string())
}) satisfies z.ZodType<ScanRunSummary>;

export const runResultsSchema = z.object({
  id: z.string().min(1),
  rows: z.array(scanRowSchema),
  errors: z.array(scanSymbolErrorSchema),
  dataStatus: z.array(
    z.object({ symbol: z.string(), exchange: z.string(), state: z.string(), error: z.string().nullable() })
  )
}) satisfies z.ZodType<ScanRunResults>;

/**
 * Splits a run into the summary and the results it is stored as.
 * @example const { summary, results } = splitRun(run)
 */
export function splitRun(run: ScanRun): { summary: ScanRunSummary; results: ScanRunResults } {
  const { rows, errors, dataStatus, ...summary } = run;
  return { summary, results: { id: run.id, rows, errors, dataStatus } };
}

/** A summary read back from IndexedDB, or null when it is not one (a corrupt or foreign record). */
export function parseRunSummary(value: unknown): ScanRunSummary | null {
  const parsed = runSummarySchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/**
 * Joins a stored summary and its results back into a run; null when either is missing or corrupt.
 * A run whose results were lost still reads, with no rows, rather than vanishing from history.
 */
export function joinRun(summaryValue: unknown, resultsValue: unknown): ScanRun | null {
  const summary = parseRunSummary(summaryValue);
  if (!summary) return null;
  const results = runResultsSchema.safeParse(resultsValue);
  const { rows, errors, dataStatus } = results.success ? results.data : { rows: [], errors: [], dataStatus: [] };
  return { ...summary, rows, errors, dataStatus };
}
