import { z } from 'zod';
import { serverRequest, type ServerResult } from '$lib/schedules/server-request';
import type { BacktestEvent } from '$engine/backtest/types';
import { backtestErrorSchema, backtestEventSchema, backtestSummarySchema, hitsOnDaySchema } from './backtest-record';

/** What `POST /api/backtests` takes: the server's own scanner and watchlist ids. */
export interface ServerBacktestBody {
  scannerId: string;
  watchlistId: string;
  from: string;
  to: string;
  horizons: number[];
  params: Record<string, unknown>;
  benchmark: { symbol: string; exchange: string } | null;
}

const status = z.enum(['running', 'completed', 'cancelled', 'failed', 'interrupted']);

export const serverBacktestSchema = z.object({
  id: z.string(),
  status,
  message: z.string().nullable(),
  summary: backtestSummarySchema.nullable(),
  hitsPerDay: z.array(hitsOnDaySchema).nullable(),
  errors: z.array(backtestErrorSchema).nullable(),
  stats: z.record(z.string(), z.number()).nullable(),
  events: z.number(),
  createdAt: z.number(),
  finishedAt: z.number().nullable()
});
export type ServerBacktest = z.infer<typeof serverBacktestSchema>;

const pageSchema = serverBacktestSchema.extend({
  page: z.object({ offset: z.number(), limit: z.number(), events: z.array(backtestEventSchema) })
});
const startedSchema = z.object({ id: z.string(), status });

/** The most the server hands out per page. */
const PAGE = 1000;

/** Starts a backtest on the server. */
export const startServerBacktest = (body: ServerBacktestBody): Promise<ServerResult<{ id: string }>> =>
  serverRequest('POST', '/api/backtests', startedSchema, body);

export const cancelServerBacktest = (id: string) =>
  serverRequest('POST', `/api/backtests/${encodeURIComponent(id)}/cancel`, z.unknown());

/** A server backtest with every one of its events, read page by page. */
export async function readServerBacktest(
  id: string
): Promise<ServerResult<ServerBacktest & { eventList: BacktestEvent[] }>> {
  const eventList: BacktestEvent[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await serverRequest(
      'GET',
      `/api/backtests/${encodeURIComponent(id)}?offset=${offset}&limit=${PAGE}`,
      pageSchema
    );
    if ('error' in page) return page;
    eventList.push(...page.data.page.events);
    if (page.data.page.events.length < PAGE) {
      const { page: _page, ...backtest } = page.data;
      return { data: { ...backtest, eventList } };
    }
  }
}

export const serverProgressSchema = z.object({
  backtestId: z.string(),
  evaluations: z.number(),
  events: z.number(),
  errors: z.number(),
  elapsedMs: z.number()
});
const finishedSchema = z.object({ backtestId: z.string(), status: z.string() });

/**
 * Follows one server backtest on `/api/events` until it finishes (or `signal` aborts): `onProgress`
 * with each progress event. Resolves when the server says it finished.
 */
export function followServerBacktest(
  id: string,
  onProgress: (progress: z.infer<typeof serverProgressSchema>) => void,
  signal?: AbortSignal
): Promise<void> {
  return new Promise((resolve) => {
    const source = new EventSource('/api/events');
    const done = () => (source.close(), resolve());
    signal?.addEventListener('abort', done, { once: true });
    const parse = <T>(schema: z.ZodType<T>, data: string): T | null => {
      try {
        const parsed = schema.safeParse(JSON.parse(data));
        return parsed.success ? parsed.data : null;
      } catch {
        return null;
      }
    };
    source.addEventListener('backtest-progress', (message: MessageEvent<string>) => {
      const progress = parse(serverProgressSchema, message.data);
      if (progress?.backtestId === id) onProgress(progress);
    });
    source.addEventListener('backtest-finished', (message: MessageEvent<string>) => {
      if (parse(finishedSchema, message.data)?.backtestId === id) done();
    });
    // The backtest may have finished before the stream opened: ask once it is open.
    source.onopen = () => {
      void serverRequest('GET', `/api/backtests/${encodeURIComponent(id)}?limit=1`, z.object({ status })).then(
        (answer) => {
          if ('data' in answer && answer.data.status !== 'running') done();
        }
      );
    };
  });
}
