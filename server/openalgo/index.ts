export {
  createOpenAlgoClient,
  type CallOptions,
  type MarketDataSource,
  type OpenAlgoClient,
  type OpenAlgoClientOptions,
  type OpenAlgoResult
} from './client.js';
export { loadOpenAlgoConfig, type OpenAlgoConfig } from './config.js';
export { OpenAlgoError, type OpenAlgoErrorKind } from './errors.js';
export { HISTORY_INTERVALS, VALID_EXCHANGES, type Exchange, type HistoryInterval } from './exchanges.js';
export {
  REQUEST_SCHEMAS,
  issuesByField,
  type HistoryRequest,
  type OpenAlgoEndpoint,
  type OpenAlgoRequest,
  type ValidRequest
} from './request-schemas.js';
export type { OpenAlgoResponse } from './response-schemas.js';
