import type { CandleColumns } from '../../../src-worker/candles/types.js';

/** The simulator trades every 15 simulated seconds: four ticks per minute. */
export const TICK_SPACING_MS = 15_000;
export const TICKS_PER_MINUTE = 60_000 / TICK_SPACING_MS;
/** Share of a minute's volume traded by its 1st, 2nd, 3rd tick (the 4th takes the rest). */
const VOLUME_SHARES = [0.1, 0.3, 0.3];

/** One trade print of the simulated feed. */
export interface SimulatedTrade {
  ltp: number;
  /** Cumulative volume for the day, through this trade. */
  volume: number;
  lastTradeQuantity: number;
  /** The day's open, high and low through this trade. */
  dayOpen: number;
  dayHigh: number;
  dayLow: number;
}

/**
 * The day's trades for one symbol, derived from its one-minute bars so that the ticks of minute
 * `i` rebuild bar `i` exactly: open first, then the extreme the bar reached first (the low on an
 * up bar), then the other extreme, then the close; cumulative volume grows by exactly the bar's
 * volume across its four ticks.
 * @example dayTrades(minutes)[4 * 10 + 3].ltp === minutes.close[10]
 */
export function dayTrades(minutes: CandleColumns): SimulatedTrade[] {
  const trades: SimulatedTrade[] = [];
  let cumulative = 0;
  let dayHigh = -Infinity;
  let dayLow = Infinity;
  const dayOpen = minutes.open[0];
  for (let i = 0; i < minutes.time.length; i++) {
    const up = minutes.close[i] >= minutes.open[i];
    const prices = [
      minutes.open[i],
      up ? minutes.low[i] : minutes.high[i],
      up ? minutes.high[i] : minutes.low[i],
      minutes.close[i]
    ];
    const barVolume = minutes.volume[i];
    const parts = VOLUME_SHARES.map((share) => Math.floor(barVolume * share));
    parts.push(barVolume - parts.reduce((a, b) => a + b, 0));
    prices.forEach((ltp, k) => {
      cumulative += parts[k];
      dayHigh = Math.max(dayHigh, ltp);
      dayLow = Math.min(dayLow, ltp);
      trades.push({ ltp, volume: cumulative, lastTradeQuantity: parts[k], dayOpen, dayHigh, dayLow });
    });
  }
  return trades;
}
