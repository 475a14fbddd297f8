/**
 * The shape every `ta` function shares, so the sandbox can expose them all
 * through one generic bridge and the reference test can check them all.
 *
 * Inputs, options and outputs use TA-Lib's own names and order, e.g. MACD:
 * inputs ['real'], options optInFastPeriod/optInSlowPeriod/optInSignalPeriod,
 * outputs ['outMACD', 'outMACDSignal', 'outMACDHist'].
 */

/** One price series, oldest → newest. */
export type Series = Float64Array;

/** The candle fields a price input is made of (`time`, in epoch seconds, only for extras such as VWAP). */
export type PriceField = 'open' | 'high' | 'low' | 'close' | 'volume' | 'time';

/**
 * One TA-Lib input. A `real` input takes any series; a `price` input takes
 * several fields in TA-Lib's order (e.g. HLC), each passed as its own series.
 */
export type TaInput = { kind: 'real'; name: string } | { kind: 'price'; name: string; fields: readonly PriceField[] };

export interface TaOption {
  /** TA-Lib C name, e.g. `optInTimePeriod`. */
  cName: string;
  /** Python TA-Lib keyword, e.g. `timeperiod`. */
  pyName: string;
  defaultValue: number;
  min: number;
  max: number;
  integer: boolean;
}

export interface TaFunctionSpec {
  /** TA-Lib name, e.g. `EMA`; extras use their common name, e.g. `SUPERTREND`. */
  name: string;
  /** TA-Lib group, e.g. `Overlap Studies`; extras use `FluxScan Extras`. */
  group: string;
  /** One line for autocompletion, e.g. `Exponential Moving Average`. */
  doc: string;
  inputs: readonly TaInput[];
  options: readonly TaOption[];
  /** TA-Lib output names, e.g. `outReal`, `outInteger`. */
  outputs: readonly string[];
  /** True when the outputs are integers (candlestick codes, indexes). */
  integerOutputs: boolean;
  /** True when the outputs are bar indexes into the input (MAXINDEX …), counted from its first bar. */
  outputsAreIndexes?: boolean;
  /**
   * True when the algorithm revisits its whole window at every bar, as TA-Lib's
   * own does for MAX, LINEARREG, AVGDEV …: a call then costs bars × period, and
   * the bridge refuses calls too large to finish within a symbol's time limit.
   */
  rescansWindow?: boolean;
  /** Cost of one step relative to a plain typed-array loop (1 when absent), for the same bound. */
  stepCost?: number;
  /**
   * Compute every output, aligned with the input (same length, NaN during the
   * lookback). `series` holds one array per input series in declaration order
   * (a price input contributes one array per field); `options` one number per
   * option in declaration order, already validated.
   */
  compute(series: readonly Series[], options: readonly number[]): Series[];
}
