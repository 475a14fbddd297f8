import type { EventBus } from '../events/index.js';
import type { SharedScanPool } from '../headless/index.js';
import type { Logger } from '../http/logger.js';
import type { CandleCache, MarketDataSource } from '../market/index.js';
import { loadOpenAlgoConfig } from '../openalgo/index.js';
import type { Store } from '../store/index.js';
import { createCandleBuilder } from './candles/index.js';
import { createLiveScans, type LiveScans } from './scans/index.js';
import { isTrading } from './scans/market-hours.js';
import { createLiveStream, loadStreamSettings } from './stream/index.js';

export interface ServerLiveOptions {
  env: Record<string, string | undefined>;
  source: Pick<MarketDataSource, 'simulatedStream'>;
  store: Pick<Store, 'client' | 'scanners'>;
  cache: Pick<CandleCache, 'history'>;
  pool: SharedScanPool;
  bus: EventBus;
  logger?: Logger;
}

/**
 * Live scans for the server: on the built-in simulator's stream and demo clock when it is the
 * source, otherwise on OPENALGO_WS_URL with the OpenAlgo key (which never leaves the server).
 * @example const live = createServerLive({ env, source, store, cache, pool, bus }); if ('data' in live) await live.data.start()
 */
export function createServerLive(options: ServerLiveOptions): { data: LiveScans } | { error: string } {
  const settings = loadStreamSettings(options.env);
  if ('error' in settings) return settings;
  const simulated = options.source.simulatedStream;
  let target: { url: string; apiKey: string; marketNow: () => number };
  if (simulated) target = simulated;
  else {
    const openalgo = loadOpenAlgoConfig(options.env);
    if ('error' in openalgo) return openalgo;
    target = { url: settings.data.url, apiKey: openalgo.data.apiKey ?? '', marketNow: Date.now };
  }
  const stream = createLiveStream({
    url: target.url,
    apiKey: target.apiKey,
    symbolsPerConnection: settings.data.symbolsPerConnection,
    stallMs: settings.data.stallMs,
    marketNow: target.marketNow,
    isMarketOpen: () => isTrading(target.marketNow())
  });
  const builder = createCandleBuilder();
  const demoClock = simulated ? { speed: simulated.speed, replaying: simulated.replaying } : undefined;
  return { data: createLiveScans({ ...options, stream, builder, marketNow: target.marketNow, demoClock }) };
}
