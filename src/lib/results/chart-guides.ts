/**
 * Guide lines traders expect on a bounded oscillator: overbought and oversold.
 * Functions not listed (unbounded, or without a convention) get none.
 */
const GUIDE_LEVELS: Record<string, readonly number[]> = {
  RSI: [30, 70],
  CRSI: [10, 90],
  STOCH: [20, 80],
  STOCHF: [20, 80],
  STOCHRSI: [20, 80],
  MFI: [20, 80],
  WILLR: [-80, -20],
  CCI: [-100, 100],
  CMO: [-50, 50],
  ULTOSC: [30, 70],
  ADX: [25],
  AROONOSC: [-50, 50]
};

/**
 * The guide lines for a `ta` function's plot in a lower pane.
 * @example guideLevels('RSI') // [30, 70]
 */
export const guideLevels = (fn: string): readonly number[] => GUIDE_LEVELS[fn.toUpperCase()] ?? [];
