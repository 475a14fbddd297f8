import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import type { MarketSeries } from '../market-series.js';
import type { SymbolMaster } from '../symbol-master.js';
import { createFeedSource } from './feed-source.js';
import { handleClientMessage, type StreamFaults, type StreamSession } from './stream-session.js';
import { pumpTicks } from './tick-pump.js';

export interface SimulatorStreamOptions {
  apiKey: string;
  clock: { now(): Date };
  master: SymbolMaster;
  series: MarketSeries;
  host?: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  broker?: string;
  /** OpenAlgo closes a socket that has not authenticated after 15 s (code 4401). */
  authTimeoutMs?: number;
  /** OpenAlgo pings every 20 s. */
  pingIntervalMs?: number;
  /** How often (real ms) due ticks are sent; null leaves it to `pump()` (tests drive the clock). */
  pumpIntervalMs?: number | null;
  faults?: Partial<StreamFaults>;
}

export interface SimulatorStream {
  /** e.g. `ws://127.0.0.1:53123`, to use as OPENALGO_WS_URL. */
  url: string;
  /** Change at any time. */
  faults: StreamFaults;
  /** Sends every tick due by the clock's now. */
  pump(): void;
  /** Drops every client connection abruptly, as a broker disconnect would. */
  dropConnections(): void;
  /** Open client connections. */
  connections(): number;
  close(): Promise<void>;
}

/**
 * OpenAlgo's market-data WebSocket, simulated over the simulator's own minute bars.
 * @example const stream = await startSimulatorStream({ apiKey, clock, master, series }); … await stream.close()
 */
export async function startSimulatorStream(options: SimulatorStreamOptions): Promise<SimulatorStream> {
  const faults: StreamFaults = { stalled: false, failingSymbols: [], ...options.faults };
  const broker = options.broker ?? 'simulator';
  const context = { apiKey: options.apiKey, master: options.master, faults, broker };
  const feed = createFeedSource(options.series);
  const sessions = new Set<StreamSession>();
  const host = options.host ?? '127.0.0.1';
  const server = new WebSocketServer({ host, port: options.port ?? 0 });
  await new Promise<void>((resolve, reject) => server.once('listening', resolve).once('error', reject));

  server.on('connection', (socket) => {
    const session: StreamSession = {
      socket,
      authenticated: false,
      subscriptions: new Map(),
      cursorMs: options.clock.now().getTime()
    };
    sessions.add(session);
    const authTimer = setTimeout(
      () => session.authenticated || socket.close(4401, 'Authentication timeout'),
      options.authTimeoutMs ?? 15_000
    );
    socket.on('message', (data) => handleClientMessage(context, session, data.toString()));
    socket.on('close', () => {
      clearTimeout(authTimer);
      sessions.delete(session);
    });
    socket.on('error', () => socket.terminate());
  });

  const pump = () => pumpTicks(sessions, feed, options.clock.now().getTime(), faults.stalled, broker);
  const pumpInterval = options.pumpIntervalMs === null ? null : setInterval(pump, options.pumpIntervalMs ?? 50);
  const pingInterval = setInterval(() => sessions.forEach((s) => s.socket.ping()), options.pingIntervalMs ?? 20_000);

  return {
    url: `ws://${host}:${(server.address() as AddressInfo).port}`,
    faults,
    pump,
    dropConnections: () => sessions.forEach((s) => s.socket.terminate()),
    connections: () => sessions.size,
    async close() {
      if (pumpInterval) clearInterval(pumpInterval);
      clearInterval(pingInterval);
      sessions.forEach((s) => s.socket.terminate());
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  };
}
