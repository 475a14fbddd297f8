import { CANDLE_FIELDS, type CandleField } from '../../src-worker/candles/types.js';
import type { HistoryRequest } from '../openalgo/index.js';
import type { CachedHistory } from './candle-cache.js';

/** The history answer on the wire: columns rather than rows (smaller, and what the engine wants). */
export interface HistoryResponseBody {
  symbol: string;
  exchange: string;
  interval: string;
  columns: Record<CandleField, number[]>;
  provenance: CachedHistory['provenance'];
}

/**
 * Builds the JSON body of `POST /api/market/history`.
 * @example c.json(historyResponseBody(request, result.data))
 */
export function historyResponseBody(request: HistoryRequest, history: CachedHistory): HistoryResponseBody {
  const columns = Object.fromEntries(
    CANDLE_FIELDS.map((field) => [field, Array.from(history.candles[field])])
  ) as Record<CandleField, number[]>;
  return {
    symbol: request.symbol,
    exchange: request.exchange,
    interval: request.interval,
    columns,
    provenance: history.provenance
  };
}
