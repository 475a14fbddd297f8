import { serve } from '@hono/node-server';
import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import { createSimulatorApp, type Simulator, type SimulatorOptions } from './simulator-app.js';

export interface RunningSimulator extends Omit<Simulator, 'app' | 'release'> {
  /** Base URL to use as OPENALGO_HOST, e.g. `http://127.0.0.1:53122`. */
  url: string;
  apiKey: string;
  close(): Promise<void>;
}

export interface StartSimulatorOptions extends Omit<SimulatorOptions, 'apiKey'> {
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
  /** A random key is generated when none is given. */
  apiKey?: string;
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
  return {
    url: `http://${host}:${port}`,
    apiKey,
    requests: simulator.requests,
    faults: simulator.faults,
    settings: simulator.settings,
    async close() {
      simulator.release();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  };
}
