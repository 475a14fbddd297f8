import { z } from 'zod';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export const SCHEDULE_KINDS = ['once', 'interval', 'daily', 'weekly', 'cron'] as const;
export type ScheduleKind = (typeof SCHEDULE_KINDS)[number];

/** When a schedule fires, as the server states it. */
export const timingSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('once'), spec: z.object({ at: z.number() }) }),
  z.object({ kind: z.literal('interval'), spec: z.object({ minutes: z.number() }) }),
  z.object({ kind: z.literal('daily'), spec: z.object({ times: z.array(z.string()) }) }),
  z.object({
    kind: z.literal('weekly'),
    spec: z.object({ days: z.array(z.enum(WEEKDAYS)), times: z.array(z.string()) })
  }),
  z.object({ kind: z.literal('cron'), spec: z.object({ expression: z.string() }) })
]);
export type ScheduleTiming = z.infer<typeof timingSchema>;

const scheduleBaseSchema = z.object({
  id: z.string(),
  scannerId: z.string(),
  watchlistId: z.string(),
  timezone: z.string(),
  marketHoursOnly: z.boolean(),
  enabled: z.boolean(),
  /** Null until the server's scheduler has worked it out (seconds), and when it never runs again. */
  nextRunAt: z.number().nullable(),
  lastRunAt: z.number().nullable(),
  /** The last run the server's scheduler skipped (missed, overlapping, or past when saved). */
  lastSkip: z.object({ at: z.number(), dueAt: z.number(), reason: z.string() }).nullable().optional(),
  createdAt: z.number(),
  updatedAt: z.number()
});
export const serverScheduleSchema = z.intersection(scheduleBaseSchema, timingSchema);
export type ServerSchedule = z.infer<typeof serverScheduleSchema>;

export const scheduleEnvelope = z.object({ schedule: serverScheduleSchema });
export const scheduleListEnvelope = z.object({
  schedules: z.array(serverScheduleSchema),
  missedRunPolicy: z.string().optional()
});

export const SERVER_RUN_STATUSES = ['running', 'completed', 'failed', 'cancelled', 'interrupted'] as const;
export type ServerRunStatus = (typeof SERVER_RUN_STATUSES)[number];

/** A run in the server's history: a scheduled scan. */
export const serverRunSchema = z.object({
  id: z.string(),
  scheduleId: z.string().nullable(),
  scanner: z.object({ id: z.string().nullable(), name: z.string() }),
  watchlist: z.object({ id: z.string().nullable(), name: z.string(), symbols: z.number() }).nullable(),
  status: z.enum(SERVER_RUN_STATUSES),
  startedAt: z.number(),
  finishedAt: z.number().nullable(),
  stats: z.record(z.string(), z.number()).nullable(),
  message: z.string().nullable(),
  counts: z.object({ results: z.number(), signals: z.number(), errors: z.number() })
});
export type ServerRun = z.infer<typeof serverRunSchema>;
export const runPageEnvelope = z.object({
  runs: z.array(serverRunSchema),
  total: z.number(),
  limit: z.number(),
  offset: z.number()
});

const cellSchema = z.union([z.number(), z.string(), z.boolean(), z.null()]);
export const runDetailEnvelope = z.object({
  run: serverRunSchema,
  results: z.object({
    items: z.array(
      z.object({
        symbol: z.string(),
        exchange: z.string(),
        signal: z.string(),
        columns: z.record(z.string(), cellSchema),
        barTime: z.number().nullable()
      })
    ),
    total: z.number()
  }),
  errors: z.array(
    z.object({
      symbol: z.string(),
      exchange: z.string(),
      message: z.string(),
      line: z.number().nullable(),
      column: z.number().nullable()
    })
  )
});
export type ServerRunDetail = z.infer<typeof runDetailEnvelope>;

/** A scanner or watchlist as the server holds it: enough to name it and match it to the browser's copy. */
const namedSchema = z.object({ id: z.string(), name: z.string() });
export type ServerNamed = z.infer<typeof namedSchema>;
export const scannerListEnvelope = z.object({ scanners: z.array(namedSchema) });
export const watchlistListEnvelope = z.object({ watchlists: z.array(namedSchema) });
