import { z } from 'zod';
import type { BacktestEvent, BacktestSummary, HitsOnDay, HorizonSummary } from '$engine/backtest/types';
import { cellSchema } from '$engine/sandbox/outcome';

const byHorizon = z.record(z.string(), z.number().nullable());

export const backtestEventSchema = z.object({
  symbol: z.string(),
  exchange: z.string(),
  barTime: z.number(),
  signal: z.string(),
  columns: z.record(z.string(), cellSchema),
  entry: z.number().nullable(),
  returns: byHorizon,
  mfe: byHorizon,
  mae: byHorizon,
  excess: byHorizon.optional()
}) satisfies z.ZodType<BacktestEvent>;

const stat = z.number().nullable();
const horizonSummarySchema = z.object({
  events: z.number(),
  winRate: stat,
  mean: stat,
  median: stat,
  p10: stat,
  p25: stat,
  p75: stat,
  p90: stat,
  meanMfe: stat,
  meanMae: stat,
  meanExcess: stat.optional()
}) satisfies z.ZodType<HorizonSummary>;

export const backtestSummarySchema = z.object({
  horizons: z.record(z.string(), horizonSummarySchema),
  repeats: z.record(z.string(), z.number()),
  firstOnly: z.record(z.string(), horizonSummarySchema),
  notes: z.array(z.string())
}) satisfies z.ZodType<BacktestSummary>;

export const hitsOnDaySchema = z.object({
  date: z.string(),
  hits: z.number(),
  benchmarkClose: z.number().optional()
}) satisfies z.ZodType<HitsOnDay>;

export const backtestErrorSchema = z.object({
  symbol: z.string(),
  exchange: z.string(),
  message: z.string(),
  line: z.number().nullable(),
  bars: z.number().optional()
});

/** What a saved backtest ran: the scanner, the symbols, the dates and the horizons. */
export const backtestSubjectSchema = z.object({
  scannerId: z.string().nullable(),
  scannerName: z.string(),
  watchlistId: z.string().nullable(),
  watchlistName: z.string(),
  interval: z.string(),
  /** IST dates of the first and last signal bar. */
  from: z.string(),
  to: z.string(),
  horizons: z.array(z.number().int().min(1)),
  params: z.record(z.string(), z.unknown()),
  benchmark: z.object({ symbol: z.string(), exchange: z.string() }).nullable()
});

/** A backtest as history lists it, without its events. */
export const backtestSummaryRecordSchema = backtestSubjectSchema.extend({
  id: z.string().min(1),
  /** Where it ran: this browser's workers, or handed to the server (whose id it keeps). */
  runsOn: z.enum(['browser', 'server']),
  serverId: z.string().nullable(),
  status: z.enum(['running', 'completed', 'cancelled', 'failed', 'interrupted']),
  message: z.string().nullable(),
  startedAt: z.number(),
  finishedAt: z.number().nullable(),
  summary: backtestSummarySchema.nullable(),
  stats: z.record(z.string(), z.number()).nullable(),
  eventCount: z.number(),
  columnFormats: z.record(z.string(), z.string())
});

/** The bulky parts, stored apart so the history list never reads thousands of events. */
export const backtestDetailSchema = z.object({
  id: z.string().min(1),
  events: z.array(backtestEventSchema),
  hitsPerDay: z.array(hitsOnDaySchema),
  errors: z.array(backtestErrorSchema)
});

export type BacktestSubject = z.infer<typeof backtestSubjectSchema>;
export type SavedBacktestSummary = z.infer<typeof backtestSummaryRecordSchema>;
export type BacktestDetail = z.infer<typeof backtestDetailSchema>;
export type SavedBacktest = SavedBacktestSummary & Omit<BacktestDetail, 'id'>;
export type BacktestError = z.infer<typeof backtestErrorSchema>;
