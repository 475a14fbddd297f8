import type { RunStatus } from '../store/index.js';

/** What each server event carries, by event name. */
export interface ServerEventMap {
  'run-started': {
    runId: string;
    scheduleId: string | null;
    scanner: string;
    watchlist: string;
    symbols: number;
    startedAt: number;
  };
  'run-progress': {
    runId: string;
    done: number;
    total: number | null;
    matches: number;
    errors: number;
    currentSymbol: string | null;
  };
  'run-finished': {
    runId: string;
    scheduleId: string | null;
    status: RunStatus;
    matches: number;
    errors: number;
    message: string | null;
    finishedAt: number;
  };
  /**
   * One alert channel's outcome for a run. On the `browser` channel the event is the delivery:
   * the app shows `notification` as a system Notification.
   */
  'alert-delivered': {
    runId: string;
    scheduleId: string | null;
    channel: string;
    status: 'sent' | 'failed';
    attempts: number;
    error: string | null;
    notification: { title: string; body: string } | null;
  };
  /** A server backtest's progress: bars evaluated so far (about 4 a second). */
  'backtest-progress': { backtestId: string; evaluations: number; events: number; errors: number; elapsedMs: number };
  'backtest-finished': {
    backtestId: string;
    status: 'completed' | 'cancelled' | 'failed';
    events: number;
    errors: number;
    message: string | null;
  };
}
export type ServerEventType = keyof ServerEventMap;

/** One published event; ids increase by one per event. */
export type ServerEvent = {
  [T in ServerEventType]: { id: number; type: T; data: ServerEventMap[T]; at: number };
}[ServerEventType];

export interface EventBus {
  publish<T extends ServerEventType>(type: T, data: ServerEventMap[T]): ServerEvent;
  /** Calls `listener` for every later event; returns the unsubscribe function. */
  subscribe(listener: (event: ServerEvent) => void): () => void;
  /**
   * Buffered events after `lastId`, oldest first, and whether that is all of them:
   * `complete: false` when some were already dropped from the ring buffer (or `lastId` is from an
   * earlier server process), so the client should reload its state instead of trusting the replay.
   */
  since(lastId: number): { events: ServerEvent[]; complete: boolean };
  /** The id of the latest event, or `firstId - 1` before any. */
  readonly lastId: number;
}

export interface EventBusOptions {
  /** Events kept for clients that reconnect. */
  bufferSize?: number;
  /**
   * The first event's id. The default (the start time in ms) keeps ids increasing across restarts,
   * so a client's Last-Event-ID from before a restart is recognisably old.
   */
  firstId?: number;
  now?: () => number;
}

/**
 * An in-process event bus with a ring buffer of recent events for `Last-Event-ID` replay.
 * @example const bus = createEventBus(); bus.subscribe((e) => console.log(e.type)); bus.publish('run-progress', progress)
 */
export function createEventBus({
  bufferSize = 500,
  firstId = Date.now(),
  now = Date.now
}: EventBusOptions = {}): EventBus {
  const buffer: ServerEvent[] = [];
  const listeners = new Set<(event: ServerEvent) => void>();
  let lastId = firstId - 1;
  return {
    publish(type, data) {
      const event = { id: ++lastId, type, data, at: now() } as ServerEvent;
      buffer.push(event);
      if (buffer.length > bufferSize) buffer.shift();
      // A failing listener (a closed stream) must not stop the others from hearing the event.
      for (const listener of listeners) {
        try {
          listener(event);
        } catch {
          listeners.delete(listener);
        }
      }
      return event;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    since(after) {
      const oldest = buffer[0]?.id ?? lastId + 1;
      const events = buffer.filter((event) => event.id > after);
      return { events, complete: after >= oldest - 1 && after <= lastId };
    },
    get lastId() {
      return lastId;
    }
  };
}
