import { intOption, realOption } from '../spec-helpers.js';
import type { TaOption } from '../types.js';

/** The `group` of the indicators taken from trading-signals, by family. */
export const SIGNAL_GROUPS = {
  momentum: 'Momentum (trading-signals)',
  trend: 'Trend (trading-signals)',
  volatility: 'Volatility (trading-signals)',
  volume: 'Volume (trading-signals)'
} as const;

/**
 * The longest period any of them takes. Several revisit their window every bar (MAD, UI,
 * ALMA, CG, the WMA in COPPOCK, the sums kept exact in EMV and AC), so a call is O(bars × period).
 */
export const SIGNAL_MAX_PERIOD = 500;

/** The longest window of those with more work per bar and value in it: IQR's sorted window, RWI's ATR per stretch. */
export const SIGNAL_WINDOW_SCAN_MAX = 100;

/** A period option named as trading-signals names it, e.g. `period('interval', 14)`. */
export const period = (name: string, defaultValue: number, min = 1, max = SIGNAL_MAX_PERIOD): TaOption =>
  intOption(`optIn${name[0].toUpperCase()}${name.slice(1)}`, name, defaultValue, min, max);

/** A real option named as trading-signals names it, e.g. `factor('multiplier', 3, 0, 100)`. */
export const factor = (name: string, defaultValue: number, min: number, max: number): TaOption =>
  realOption(`optIn${name[0].toUpperCase()}${name.slice(1)}`, name, defaultValue, min, max);
