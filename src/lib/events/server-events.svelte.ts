import { SERVER_EVENT_TYPES, parseServerEvent, type ServerEvent } from './server-event-schema';
import { showAlert } from './show-alert';

/** A server run as the latest events describe it. */
export interface ServerRunActivity {
  runId: string;
  scheduleId: string | null;
  scanner: string;
  watchlist: string;
  status: 'running' | 'completed' | 'failed' | 'cancelled' | 'interrupted';
  done: number;
  total: number | null;
  matches: number;
  errors: number;
  startedAt: number | null;
  finishedAt: number | null;
  message: string | null;
}

const KEPT_RUNS = 20;
const RETRY_MIN_MS = 2_000;
const RETRY_MAX_MS = 60_000;

/**
 * The app's one connection to `/api/events`. The browser's EventSource reconnects by itself after a
 * dropped connection (sending Last-Event-ID); when the server refuses the stream (an HTTP error, e.g.
 * while it restarts) this opens a new one after a growing pause, naming the last event it saw.
 * `alert-delivered` events for the browser channel become notifications (or in-app toasts).
 */
class ServerEvents {
  /** Whether the stream is open right now. */
  connected = $state(false);
  /** The latest server runs, newest first. */
  runs = $state<ServerRunActivity[]>([]);

  private source: EventSource | null = null;
  private lastEventId: string | null = null;
  private retryMs = RETRY_MIN_MS;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly listeners = new Set<(event: ServerEvent) => void>();

  /** Opens the stream once for the whole app; returns the function that closes it. */
  start(): () => void {
    if (!this.source && typeof EventSource !== 'undefined') this.open();
    return () => this.stop();
  }

  /**
   * Calls `listener` with every event from now on (and a `resync` when state should be reloaded).
   * @example onDestroy(serverEvents.subscribe((e) => e.type === 'run-finished' && reload()))
   */
  subscribe(listener: (event: ServerEvent) => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  private open() {
    const url =
      this.lastEventId === null ? '/api/events' : `/api/events?lastEventId=${encodeURIComponent(this.lastEventId)}`;
    const source = new EventSource(url);
    this.source = source;
    source.onopen = () => {
      this.connected = true;
      this.retryMs = RETRY_MIN_MS;
    };
    source.onerror = () => {
      this.connected = false;
      if (source.readyState !== EventSource.CLOSED) return;
      this.source = null;
      this.retryTimer = setTimeout(() => this.open(), this.retryMs);
      this.retryMs = Math.min(this.retryMs * 2, RETRY_MAX_MS);
    };
    for (const type of SERVER_EVENT_TYPES) {
      source.addEventListener(type, (message: MessageEvent<string>) => {
        if (message.lastEventId) this.lastEventId = message.lastEventId;
        const event = parseServerEvent(type, message.data);
        if (event) this.handle(event);
      });
    }
  }

  private stop() {
    clearTimeout(this.retryTimer);
    this.source?.close();
    this.source = null;
    this.connected = false;
  }

  private handle(event: ServerEvent) {
    if (event.type === 'run-started') {
      const { runId, scheduleId, scanner, watchlist, symbols, startedAt } = event.data;
      const run: ServerRunActivity = {
        runId,
        scheduleId,
        scanner,
        watchlist,
        status: 'running',
        done: 0,
        total: symbols,
        matches: 0,
        errors: 0,
        startedAt,
        finishedAt: null,
        message: null
      };
      this.runs = [run, ...this.runs.filter((r) => r.runId !== runId)].slice(0, KEPT_RUNS);
    } else if (event.type === 'run-progress') {
      const { runId, done, total, matches, errors } = event.data;
      this.updateRun(runId, { done, total, matches, errors });
    } else if (event.type === 'run-finished') {
      const { runId, status, matches, errors, message, finishedAt } = event.data;
      this.updateRun(runId, { status, matches, errors, message, finishedAt });
    } else if (event.type === 'alert-delivered' && event.data.notification && event.data.status === 'sent') {
      void showAlert({ ...event.data.notification, scheduleId: event.data.scheduleId });
    }
    for (const listener of this.listeners) listener(event);
  }

  private updateRun(runId: string, change: Partial<ServerRunActivity>) {
    this.runs = this.runs.map((run) => (run.runId === runId ? { ...run, ...change } : run));
  }
}

export const serverEvents = new ServerEvents();
