import { randomBytes } from 'node:crypto';
import { createOpenAlgoClient, loadOpenAlgoConfig, type OpenAlgoClient } from '../openalgo/index.js';
import { startSimulator, type StartSimulatorOptions } from '../simulator/index.js';

export interface MarketDataSource {
  client: OpenAlgoClient;
  /** Where the simulator listens when it is the source (loopback, random port); null for a real OpenAlgo. */
  simulatorUrl: string | null;
  close(): Promise<void>;
}

/**
 * Connects to the OpenAlgo named by OPENALGO_HOST, or — when none is configured — starts the built-in
 * simulator on a random loopback port with a random key and uses it exactly like a real OpenAlgo
 * (`client.source` is then 'simulator', so the UI can say it shows demo data).
 * @example const source = await openMarketDataSource(process.env); if ('error' in source) exit(source.error)
 */
export async function openMarketDataSource(
  env: Record<string, string | undefined>,
  simulatorOptions: Omit<StartSimulatorOptions, 'port' | 'host' | 'apiKey'> = {}
): Promise<{ data: MarketDataSource } | { error: string }> {
  const config = loadOpenAlgoConfig(env);
  if ('error' in config) return config;
  const { host, apiKey, ...limits } = config.data;
  if (host && apiKey) {
    const client = createOpenAlgoClient({ host, apiKey, source: 'openalgo', ...limits });
    return { data: { client, simulatorUrl: null, close: async () => undefined } };
  }
  const simulator = await startSimulator({ ...simulatorOptions, port: 0, host: '127.0.0.1', apiKey: randomBytes(24).toString('hex') });
  const client = createOpenAlgoClient({ host: simulator.url, apiKey: simulator.apiKey, source: 'simulator', ...limits });
  return { data: { client, simulatorUrl: simulator.url, close: () => simulator.close() } };
}
