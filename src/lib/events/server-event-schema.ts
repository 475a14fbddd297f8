import { z } from 'zod';
import { liveFormingEventSchema, liveScanEventSchema } from '$lib/live/live-schema';
import { SERVER_RUN_STATUSES } from '$lib/schedules/schedule-schema';

/** What each event of `/api/events` carries (its `data` JSON), by event name. */
export const serverEventSchemas = {
  'run-started': z.object({
    runId: z.string(),
    scheduleId: z.string().nullable(),
    scanner: z.string(),
    watchlist: z.string(),
    symbols: z.number(),
    startedAt: z.number()
  }),
  'run-progress': z.object({
    runId: z.string(),
    done: z.number(),
    total: z.number().nullable(),
    matches: z.number(),
    errors: z.number(),
    currentSymbol: z.string().nullable()
  }),
  'run-finished': z.object({
    runId: z.string(),
    scheduleId: z.string().nullable(),
    status: z.enum(SERVER_RUN_STATUSES),
    matches: z.number(),
    errors: z.number(),
    message: z.string().nullable(),
    finishedAt: z.number()
  }),
  'alert-delivered': z.object({
    runId: z.string(),
    scheduleId: z.string().nullable(),
    channel: z.string(),
    status: z.enum(['sent', 'failed']),
    attempts: z.number(),
    error: z.string().nullable(),
    notification: z.object({ title: z.string(), body: z.string() }).nullable()
  }),
  /** A live scan's rescan on a bar close: its rows and who entered or left. */
  'live-scan': liveScanEventSchema,
  /** The bars forming now in a live scan's symbols, when they changed. */
  'live-forming': liveFormingEventSchema,
  /** The server could not replay everything missed: state shown from the server should be reloaded. */
  resync: z.object({ lastId: z.number() })
} as const;

export type ServerEventType = keyof typeof serverEventSchemas;
export const SERVER_EVENT_TYPES = Object.keys(serverEventSchemas) as ServerEventType[];
export type ServerEvent = {
  [T in ServerEventType]: { type: T; data: z.infer<(typeof serverEventSchemas)[T]> };
}[ServerEventType];

/**
 * One SSE message as a typed event, or null when it is not one of ours.
 * @example parseServerEvent('run-finished', '{"runId":"r1",…}')
 */
export function parseServerEvent(type: string, json: string): ServerEvent | null {
  if (!(type in serverEventSchemas)) return null;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return null;
  }
  const parsed = serverEventSchemas[type as ServerEventType].safeParse(value);
  return parsed.success ? ({ type, data: parsed.data } as ServerEvent) : null;
}
