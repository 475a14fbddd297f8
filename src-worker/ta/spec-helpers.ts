import type { PriceField, TaInput, TaOption } from './types.js';

/** TA-Lib's "unbounded" upper limit for periods. */
export const MAX_PERIOD = 100000;

/** A real (any series) input. */
export const real = (name = 'inReal'): TaInput => ({ kind: 'real', name });

/** A price input made of OHLCV fields, e.g. `price('inPriceHLC', 'high', 'low', 'close')`. */
export const price = (name: string, ...fields: PriceField[]): TaInput => ({ kind: 'price', name, fields });

/** An integer option such as a period, e.g. `intOption('optInTimePeriod', 'timeperiod', 14, 2)`. */
export function intOption(
  cName: string,
  pyName: string,
  defaultValue: number,
  min: number,
  max = MAX_PERIOD
): TaOption {
  return { cName, pyName, defaultValue, min, max, integer: true };
}

/** A real-valued option such as a deviation multiplier. */
export function realOption(cName: string, pyName: string, defaultValue: number, min: number, max: number): TaOption {
  return { cName, pyName, defaultValue, min, max, integer: false };
}

/** An output of `length` NaNs, to be filled after the lookback. */
export const nanSeries = (length: number): Float64Array => new Float64Array(length).fill(NaN);
