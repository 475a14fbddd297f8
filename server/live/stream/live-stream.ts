import type { LiveTick } from './stream-messages.js';
import {
  instrumentKey,
  openStreamConnection,
  type ConnectionStatus,
  type Instrument,
  type StreamConnection,
  type SymbolUpdate
} from './stream-connection.js';

export interface LiveStreamOptions {
  url: string;
  /** Stays on the server: the browser never talks to OpenAlgo. */
  apiKey: string;
  symbolsPerConnection: number;
  stallMs: number;
  marketNow: () => number;
  isMarketOpen: () => boolean;
  backoff?: { initialMs: number; maxMs: number };
}

export interface SymbolStatus extends SymbolUpdate {
  symbol: string;
  exchange: string;
  /** Market time (epoch ms) of the symbol's last tick, or null: how stale it is. */
  lastTickAt: number | null;
}

export interface LiveStreamStatus {
  url: string;
  connections: ConnectionStatus[];
  symbols: SymbolStatus[];
}

export interface LiveStream {
  /** Counts one more user of each symbol; the first one subscribes it. */
  acquire(instruments: Instrument[]): void;
  /** Counts one user less; the last one unsubscribes it. */
  release(instruments: Instrument[]): void;
  onTick(listener: (tick: LiveTick) => void): () => void;
  status(): LiveStreamStatus;
  close(): void;
}

interface Held {
  instrument: Instrument;
  users: number;
  connection: StreamConnection;
  status: SymbolStatus;
}

/**
 * The server's market-data stream: the union of every live scan's symbols, refcounted, spread
 * over as many connections as `symbolsPerConnection` needs, with each symbol's subscription
 * outcome and staleness.
 * @example const stream = createLiveStream({ url, apiKey, symbolsPerConnection: 500, stallMs: 30_000, marketNow, isMarketOpen })
 */
export function createLiveStream(options: LiveStreamOptions): LiveStream {
  const held = new Map<string, Held>();
  const connections: StreamConnection[] = [];
  const listeners = new Set<(tick: LiveTick) => void>();

  const onTick = (tick: LiveTick) => {
    const entry = held.get(`${tick.exchange}:${tick.symbol}`);
    if (!entry) return;
    entry.status.lastTickAt = tick.time;
    listeners.forEach((listener) => listener(tick));
  };
  const onSymbol = (key: string, update: SymbolUpdate) => {
    const entry = held.get(key);
    if (entry) Object.assign(entry.status, { status: update.status, message: update.message });
  };

  function connectionWithRoom(): StreamConnection {
    const free = connections.find((c) => c.size() < options.symbolsPerConnection);
    if (free) return free;
    const connection = openStreamConnection({ ...options, onTick, onSymbol });
    connections.push(connection);
    return connection;
  }

  return {
    acquire(instruments) {
      for (const instrument of instruments) {
        const key = instrumentKey(instrument);
        const entry = held.get(key);
        if (entry) {
          entry.users++;
          continue;
        }
        const connection = connectionWithRoom();
        const normalised = { symbol: instrument.symbol.toUpperCase(), exchange: instrument.exchange.toUpperCase() };
        held.set(key, {
          instrument: normalised,
          users: 1,
          connection,
          status: { ...normalised, status: 'pending', lastTickAt: null }
        });
        connection.add([normalised]);
      }
    },
    release(instruments) {
      for (const instrument of instruments) {
        const key = instrumentKey(instrument);
        const entry = held.get(key);
        if (!entry || --entry.users > 0) continue;
        held.delete(key);
        entry.connection.remove([entry.instrument]);
        if (entry.connection.size() === 0) {
          entry.connection.close();
          connections.splice(connections.indexOf(entry.connection), 1);
        }
      }
    },
    onTick(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    status: () => ({
      url: options.url.replace(/\/\/[^/@]*@/, '//'),
      connections: connections.map((c) => c.status()),
      symbols: [...held.values()].map((entry) => ({ ...entry.status }))
    }),
    close() {
      connections.splice(0).forEach((c) => c.close());
      held.clear();
      listeners.clear();
    }
  };
}
