import { Hono } from 'hono';
import { streamSSE, type SSEStreamingApi } from 'hono/streaming';
import type { EventBus, ServerEvent } from './event-bus.js';

export interface EventRoutesOptions {
  /** A comment line this often keeps proxies and idle timeouts from closing the stream. */
  heartbeatMs?: number;
  /** Aborting it ends every open stream (server shutdown would otherwise wait on them). */
  signal?: AbortSignal;
}

/** `Last-Event-ID` as a number, or null when absent or not an id of ours. */
function parseLastEventId(value: string | undefined): number | null {
  if (value === undefined || !/^\d{1,16}$/.test(value.trim())) return null;
  return Number(value.trim());
}

const writeEvent = (stream: SSEStreamingApi, event: ServerEvent) =>
  stream.writeSSE({ id: String(event.id), event: event.type, data: JSON.stringify({ ...event.data, at: event.at }) });

/**
 * `GET /` — server events as SSE: `run-started`, `run-progress`, `run-finished`, `alert-delivered`,
 * each with an increasing `id`. A client reconnecting with `Last-Event-ID` (or `?lastEventId=`) gets
 * the buffered events it missed first; when the buffer no longer reaches back that far it gets a
 * `resync` event before them, meaning "reload your state". `: heartbeat` comments keep it open.
 * @example app.route('/api/events', createEventRoutes(bus))
 */
export function createEventRoutes(bus: EventBus, { heartbeatMs = 15_000, signal }: EventRoutesOptions = {}): Hono {
  return new Hono().get('/', (c) => {
    const lastId = parseLastEventId(c.req.header('last-event-id') ?? c.req.query('lastEventId'));
    c.header('X-Accel-Buffering', 'no');
    return streamSSE(c, async (stream) => {
      // Subscribe before reading the buffer so nothing published in between is lost; ids dedupe the overlap.
      const queue: ServerEvent[] = [];
      let wake = () => {};
      const unsubscribe = bus.subscribe((event) => {
        queue.push(event);
        wake();
      });
      let stopOnShutdown = () => {};
      const ended = new Promise<void>((resolve) => {
        stream.onAbort(resolve);
        if (signal?.aborted) resolve();
        stopOnShutdown = () => resolve();
        signal?.addEventListener('abort', stopOnShutdown, { once: true });
      });
      const heartbeat = setInterval(() => void stream.write(': heartbeat\n\n'), heartbeatMs);
      let sentId = lastId ?? bus.lastId;
      try {
        await stream.write(': connected\n\n');
        if (lastId !== null) {
          const replay = bus.since(lastId);
          if (!replay.complete)
            await stream.writeSSE({ event: 'resync', data: JSON.stringify({ lastId: bus.lastId }) });
          for (const event of replay.events) await writeEvent(stream, event);
          sentId = replay.events.at(-1)?.id ?? Math.min(lastId, bus.lastId);
        }
        let open = true;
        void ended.then(() => (open = false));
        while (open && !stream.aborted) {
          for (const event of queue.splice(0)) {
            if (event.id <= sentId) continue;
            await writeEvent(stream, event);
            sentId = event.id;
          }
          await Promise.race([new Promise<void>((resolve) => (wake = resolve)), ended]);
        }
      } finally {
        clearInterval(heartbeat);
        unsubscribe();
        // The shutdown signal outlives every stream: drop this stream's listener when it closes.
        signal?.removeEventListener('abort', stopOnShutdown);
      }
    });
  });
}
