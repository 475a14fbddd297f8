/**
 * The browser's candle cache and scan loader.
 *
 * - `loadScanCandles({ symbols, interval, lookbackBars, onStatus, signal })` → `AsyncIterable<BatchTask>`:
 *   hand it to the scan pool as its task source. Tasks arrive as soon as each symbol is ready
 *   (fresh cache first, fetched ones after); a fresh cache costs no request. `onStatus` fires exactly
 *   once per requested symbol with a `SymbolDataStatus` (`cached` | `fetched` | `refreshed` | `stale` |
 *   `failed`) plus source, fetchedAt, lastBarTime and error; `failed` symbols get no task and must be
 *   shown as per-symbol errors, `stale` ones are scanned on older cached bars. Requests go out 4 at a
 *   time (`concurrency`). After `signal` aborts or the consumer stops iterating, nothing more is
 *   yielded or reported and no further request starts.
 * - Backtests: `loadScanCandles({ symbols, interval, lookbackBars, from: '2021-12-01' as IstDate, onProgress })`.
 *   Each task then carries `lookbackBars` bars before `from` and every bar after it through the newest
 *   (the replay's history and its horizons). History older than the cache holds is fetched once (only the
 *   missing older range; the server chunks it within OpenAlgo's per-request limits and throttle) and
 *   kept, so later loads fetch only the tail. `onProgress` reports `{ phase, settled, total, fetching,
 *   fetchingHistory }`; `phase === 'history'` means older history is being fetched.
 * - Symbols are upper-cased and de-duplicated everywhere.
 * - `refreshFormingBars(symbols, 'D')` → `FormingBarUpdate[]` (one per symbol, in order): during the
 *   session, sets today's forming daily bar of cached symbols from multiquotes (one call per 50).
 * - `cacheStats()` → `{ records, bars, approxBytes }` and `clearCandleCache()` for the settings screen.
 * - `createMarketApi()` is the typed client of `/api/market/history` and `/api/market/multiquotes`.
 *
 * The loader and refreshFormingBars take optional `now`, `store` and `api`, so pages and tests can fix
 * the clock or swap the cache and the server.
 */
export { loadScanCandles, type LoadScanCandlesOptions } from './candle-loader';
export type { CandleLoadProgress } from './load-progress';
export { refreshFormingBars, type FormingBarUpdate } from './forming-bar';
export { cacheStats, clearCandleCache, type CandleCacheStats, type CandleStore } from './candle-db';
export type { CandleProvenance, CandleRecord, MarketDataSource, SymbolRef } from './candle-record';
export { createMarketApi, type MarketApi, type MarketApiError, type MarketApiResult } from './market-api';
export type { SymbolDataState, SymbolDataStatus } from './symbol-status';
