import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { createOpenAlgoClient, loadOpenAlgoConfig, type OpenAlgoClient } from '../openalgo/index.js';
import { startSimulator, type StartSimulatorOptions } from '../simulator/index.js';
import { createSimulatorClock } from '../simulator/stream/index.js';

/** The built-in simulator's market-data WebSocket and the demo clock it ticks by. */
export interface SimulatedStream {
  url: string;
  apiKey: string;
  /** Market time: the real clock during NSE hours at speed 1, otherwise a replayed session. */
  marketNow: () => number;
  speed: number;
  /** The session being replayed, or null. */
  replaying: string | null;
}
import { withKeyRedacted } from './redact-answers.js';

export interface MarketDataSource {
  client: OpenAlgoClient;
  /** Where the simulator listens when it is the source (loopback, random port); null for a real OpenAlgo. */
  simulatorUrl: string | null;
  /** The simulator's stream; null for a real OpenAlgo (its stream is OPENALGO_WS_URL). */
  simulatedStream: SimulatedStream | null;
  close(): Promise<void>;
}

/**
 * FLUXSCAN_SIMULATOR_HISTORY_SPACING_MS: how far apart the built-in simulator answers history calls.
 * It defaults to OpenAlgo's own 350 ms; benchmarks lower it to warm a large candle cache quickly.
 */
const simulatorEnvSchema = z.object({
  FLUXSCAN_SIMULATOR_HISTORY_SPACING_MS: z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
    z.coerce
      .number({ error: 'FLUXSCAN_SIMULATOR_HISTORY_SPACING_MS must be a whole number of milliseconds' })
      .int('FLUXSCAN_SIMULATOR_HISTORY_SPACING_MS must be a whole number of milliseconds')
      .min(0, 'FLUXSCAN_SIMULATOR_HISTORY_SPACING_MS must be at least 0')
      .max(60_000, 'FLUXSCAN_SIMULATOR_HISTORY_SPACING_MS must be at most 60000')
      .default(350)
  ),
  FLUXSCAN_SIMULATOR_SPEED: z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
    z.coerce
      .number({ error: 'FLUXSCAN_SIMULATOR_SPEED must be a number, e.g. 60 for one simulated minute per second' })
      .min(1, 'FLUXSCAN_SIMULATOR_SPEED must be at least 1')
      .max(3600, 'FLUXSCAN_SIMULATOR_SPEED must be at most 3600')
      .default(1)
  )
});

/**
 * Connects to the OpenAlgo named by OPENALGO_HOST, or — when none is configured — starts the built-in
 * simulator on a random loopback port with a random key and uses it exactly like a real OpenAlgo
 * (`client.source` is then 'simulator', so the UI can say it shows demo data), its history calls
 * spaced FLUXSCAN_SIMULATOR_HISTORY_SPACING_MS apart (350 ms, as OpenAlgo spaces broker calls).
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
    const client = withKeyRedacted(createOpenAlgoClient({ host, apiKey, source: 'openalgo', ...limits }), apiKey);
    return { data: { client, simulatorUrl: null, simulatedStream: null, close: async () => undefined } };
  }
  const simulatorEnv = simulatorEnvSchema.safeParse(env);
  if (!simulatorEnv.success) return { error: simulatorEnv.error.issues.map((issue) => issue.message).join('; ') };
  const historySpacingMs = simulatorOptions.historySpacingMs ?? simulatorEnv.data.FLUXSCAN_SIMULATOR_HISTORY_SPACING_MS;
  const clock = createSimulatorClock({ speed: simulatorEnv.data.FLUXSCAN_SIMULATOR_SPEED });
  const simulator = await startSimulator({
    ...simulatorOptions,
    historySpacingMs,
    port: 0,
    host: '127.0.0.1',
    apiKey: randomBytes(24).toString('hex'),
    stream: { clock }
  });
  const client = createOpenAlgoClient({
    host: simulator.url,
    apiKey: simulator.apiKey,
    source: 'simulator',
    ...limits
  });
  const simulatedStream = {
    url: simulator.stream!.url,
    apiKey: simulator.apiKey,
    marketNow: () => clock.now().getTime(),
    speed: clock.speed,
    replaying: clock.replaying
  };
  return { data: { client, simulatorUrl: simulator.url, simulatedStream, close: () => simulator.close() } };
}
