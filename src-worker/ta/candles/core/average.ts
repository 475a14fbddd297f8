import { highLowRange, lowerShadow, realBody, upperShadow, type Candles } from './candle.js';
import type { CandleSetting } from './settings.js';

/** The quantity a setting averages, measured on candle `i`. */
export function candleRange(c: Candles, setting: CandleSetting, i: number): number {
  switch (setting.rangeType) {
    case 'RealBody':
      return realBody(c, i);
    case 'HighLow':
      return highLowRange(c, i);
    case 'Shadows':
      return upperShadow(c, i) + lowerShadow(c, i);
  }
}

/**
 * A setting's threshold for one candle: `factor` × the average range of the
 * `avgPeriod` candles before it, kept as a running total that slides one candle
 * per bar. The total is updated as TA-Lib does (add the newest range minus the
 * oldest in one step) so thresholds match it bit for bit.
 */
export class CandleAverage {
  private total = 0;

  /** Starts with the window of candles just before `candle`. */
  constructor(
    private readonly c: Candles,
    private readonly setting: CandleSetting,
    private candle: number
  ) {
    for (let k = candle - setting.avgPeriod; k < candle; k++) this.total += candleRange(c, setting, k);
  }

  /** The threshold for the current candle. */
  value(): number {
    const { setting } = this;
    const average =
      setting.avgPeriod !== 0 ? this.total / setting.avgPeriod : candleRange(this.c, setting, this.candle);
    // A "shadows" range adds both shadows, so halve it to compare one shadow.
    return (setting.factor * average) / (setting.rangeType === 'Shadows' ? 2 : 1);
  }

  /** Moves on to the next candle. */
  next(): void {
    const { c, setting, candle } = this;
    this.total += candleRange(c, setting, candle) - candleRange(c, setting, candle - setting.avgPeriod);
    this.candle = candle + 1;
  }
}
