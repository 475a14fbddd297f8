import { nanSeries, price, realOption } from '../../spec-helpers.js';
import type { TaFunctionSpec } from '../../types.js';
import type { Candles } from './candle.js';

/** One candlestick pattern: its TA-Lib identity and the scanner that scores each bar. */
export interface PatternDefinition {
  name: string;
  /** TA-Lib's display name, e.g. `Engulfing Pattern`. */
  doc: string;
  /** Bars before the first one TA-Lib scores. */
  lookback: number;
  /** Default of `optInPenetration`, for the patterns that take one. */
  penetration?: number;
  /** Writes the code of every bar from `start` on into `out`. */
  scan(c: Candles, start: number, out: Float64Array, penetration: number): void;
}

/** Wraps a pattern scanner into a `ta` function over one OHLC price input. */
export function candlePattern(def: PatternDefinition): TaFunctionSpec {
  return {
    name: def.name,
    group: 'Pattern Recognition',
    doc: def.doc,
    inputs: [price('inPriceOHLC', 'open', 'high', 'low', 'close')],
    options:
      def.penetration === undefined
        ? []
        : [realOption('optInPenetration', 'penetration', def.penetration, 0, Number.MAX_VALUE)],
    outputs: ['outInteger'],
    integerOutputs: true,
    compute(series, options) {
      const [open, high, low, close] = series;
      const length = Math.min(open.length, high.length, low.length, close.length);
      const out = nanSeries(length);
      if (length > def.lookback) def.scan({ open, high, low, close }, def.lookback, out, options[0] ?? 0);
      return [out];
    }
  };
}
