import { serve } from '@hono/node-server';
import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import { latestStartedSession } from '../../src-worker/calendar/index.js';
import { createMarketSeries } from './market-series.js';
import { createSimulatorApp, type Simulator, type SimulatorOptions } from './simulator-app.js';
import {
  startSimulatorStream,
  type SimulatorClock,
  type SimulatorStream,
  type SimulatorStreamOptions
} from './stream/index.js';
import { loadSymbolMaster } from './symbol-master.js';

export interface RunningSimulator extends Omit<Simulator, 'app' | 'release'> {
  /** Base URL to use as OPENALGO_HOST, e.g. `http://127.0.0.1:53122`. */
  url: string;
  apiKey: string;
  /** The market-data WebSocket, when `stream` was asked for. */
  stream: SimulatorStream | null;
  close(): Promise<void>;
}

export interface StartSimulatorOptions extends Omit<SimulatorOptions, 'apiKey'> {
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
  /** A random key is generated when none is given. */
  apiKey?: string;
  /** Also serve OpenAlgo's market-data WebSocket, ticking by this clock. */
  stream?: { clock: Pick<SimulatorClock, 'now'> } & Pick<
    SimulatorStreamOptions,
    'pumpIntervalMs' | 'authTimeoutMs' | 'pingIntervalMs'
  >;
}

/**
 * Starts the simulator on real HTTP (loopback by default) and resolves once it listens.
 * @example const sim = await startSimulator({ port: 0 }); … await sim.close()
 */
export async function startSimulator(options: StartSimulatorOptions = {}): Promise<RunningSimulator> {
  const apiKey = options.apiKey ?? randomBytes(24).toString('hex');
  const host = options.host ?? '127.0.0.1';
  const simulator = createSimulatorApp({ ...options, apiKey });
  const { server, port } = await new Promise<{ server: Server; port: number }>((resolve) => {
    const server = serve({ fetch: simulator.app.fetch, port: options.port ?? 0, hostname: host }, (info) =>
      resolve({ server: server as Server, port: info.port })
    ) as Server;
  });
  const now = options.now ?? (() => new Date());
  const stream = options.stream
    ? await startSimulatorStream({
        ...options.stream,
        apiKey,
        host,
        broker: options.broker,
        master: loadSymbolMaster(),
        series: createMarketSeries(latestStartedSession(now()).date)
      })
    : null;
  return {
    url: `http://${host}:${port}`,
    apiKey,
    stream,
    requests: simulator.requests,
    faults: simulator.faults,
    settings: simulator.settings,
    async close() {
      simulator.release();
      await stream?.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  };
}
