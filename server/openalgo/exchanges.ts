export { VALID_EXCHANGES, type Exchange } from '../../src-worker/symbols/symbol-rules.js';

/** Every interval OpenAlgo's history endpoint knows; each broker supports a subset (see `intervals`). */
export const HISTORY_INTERVALS = [
  '1s',
  '5s',
  '10s',
  '15s',
  '30s',
  '45s',
  '1m',
  '2m',
  '3m',
  '5m',
  '10m',
  '15m',
  '20m',
  '30m',
  '1h',
  '2h',
  '3h',
  '4h',
  'D',
  'W',
  'M',
  'Q',
  'Y'
] as const;

export type HistoryInterval = (typeof HISTORY_INTERVALS)[number];
