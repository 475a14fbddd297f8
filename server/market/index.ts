export { createMarketRoutes, type MarketRoutesOptions } from './market-routes.js';
export {
  createCandleCache,
  type CachedHistory,
  type CandleCache,
  type CandleCacheOptions,
  type CandleCacheStats
} from './candle-cache.js';
export { openMarketDataSource, type MarketDataSource } from './data-source.js';
export type { HistoryResponseBody } from './history-wire.js';
export type { ProxyErrorBody } from './proxy-errors.js';
