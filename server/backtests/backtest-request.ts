import { z } from 'zod';
import { toIstDate } from '../../src-worker/calendar/ist-time.js';

const istDate = (field: string) =>
  z.string().refine((text) => toIstDate(text) !== null, { message: `${field} must be a date as YYYY-MM-DD` });

/** `POST /api/backtests`: a saved scanner over a saved watchlist, signal dates from … to (IST). */
export const backtestRequestSchema = z
  .object({
    scannerId: z.string().min(1, 'scannerId is required'),
    watchlistId: z.string().min(1, 'watchlistId is required'),
    from: istDate('from'),
    to: istDate('to'),
    horizons: z
      .array(
        z
          .number()
          .int('each horizon must be a whole number of bars')
          .min(1, 'horizons start at 1 bar')
          .max(250, 'horizons go up to 250 bars')
      )
      .min(1, 'give at least one horizon')
      .max(12, 'at most 12 horizons')
      .default([1, 5, 10, 20])
      .transform((values) => [...new Set(values)].sort((a, b) => a - b)),
    params: z.record(z.string(), z.unknown()).default({}),
    /** An index to compare against; null for none. OpenAlgo serves NIFTY 50 as NIFTY on NSE_INDEX. */
    benchmark: z
      .object({ symbol: z.string().min(1).max(40), exchange: z.string().min(1).max(20) })
      .nullable()
      .default({ symbol: 'NIFTY', exchange: 'NSE_INDEX' })
  })
  .strict()
  .refine((request) => request.from <= request.to, { message: 'from must not be after to', path: ['from'] });

export type BacktestRequestBody = z.output<typeof backtestRequestSchema>;
