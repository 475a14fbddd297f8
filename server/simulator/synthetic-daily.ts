import { allocateCandles, CANDLE_FIELDS, type CandleColumns } from '../../src-worker/candles/types.js';
import { istDateOf, istEpochMs, tradingDaysBetween, type IstDate } from '../../src-worker/calendar/index.js';
import { equityProfile } from './equity-profile.js';
import { NSE_INDICES } from './nse-indices.js';
import { ceilToTick, floorToTick, roundToTick } from './price-ticks.js';
import { createRandom, fatTailed, hashSeed, normal } from './seeded-random.js';
import type { SymbolRecord } from './symbol-master.js';

/** Synthetic series all start here, so a given day's bar never depends on when it is asked for. */
const SYNTHETIC_START = '2020-01-01' as IstDate;

/** Log-price reversion per day: a half-life of about a year keeps a stock near its level without pinning it. */
const REVERSION_PER_DAY = Math.LN2 / 250;

interface SeriesProfile {
  startPrice: number;
  /** The price the walk drifts back towards (a stock's usual level). */
  priceLevel: number;
  dailyVolatility: number;
  meanVolume: number;
}

/** Price level, volatility and liquidity derived from the symbol, so every symbol differs but repeats. */
function profileOf(record: SymbolRecord): SeriesProfile {
  const index = NSE_INDICES.find((entry) => entry.symbol === record.symbol);
  if (record.exchange === 'NSE_INDEX' && index) {
    return { startPrice: index.level, priceLevel: index.level, dailyVolatility: index.dailyVolatility, meanVolume: 0 };
  }
  const { priceLevel, dailyVolatility, meanVolume } = equityProfile(record.symbol);
  return { startPrice: priceLevel, priceLevel, dailyVolatility, meanVolume };
}

/**
 * A deterministic daily series for `record` from SYNTHETIC_START through `through`: a geometric
 * random walk with fat-tailed returns that drifts back towards the stock's price level, occasional
 * opening gaps, 0.05 ticks and log-normal volume.
 * Bars are stamped at IST midnight of their session, like OpenAlgo's daily candles.
 * @example syntheticDailyBars(master.find('SBIN', 'NSE')!, '2025-04-01' as IstDate).close.length
 */
export function syntheticDailyBars(record: SymbolRecord, through: IstDate): CandleColumns {
  const profile = profileOf(record);
  const random = createRandom(hashSeed('daily', record.exchange, record.symbol));
  return randomWalkBars(tradingDaysBetween(SYNTHETIC_START, through), roundToTick(profile.startPrice), profile, random);
}

/**
 * Continues `bars` (e.g. a recorded series) through `through` with the same kind of random
 * walk, starting from its last close and volume. Seeded by the symbol and the last recorded
 * date, so the continuation never changes once served.
 * @example extendDailyBars(record, shifted, '2026-11-26' as IstDate)
 */
export function extendDailyBars(record: SymbolRecord, bars: CandleColumns, through: IstDate): CandleColumns {
  const count = bars.time.length;
  const lastDate = istDateOf(bars.time[count - 1] * 1000);
  const days = tradingDaysBetween(lastDate, through).filter((day) => day > lastDate);
  if (days.length === 0) return bars;
  const recent = bars.volume.subarray(Math.max(0, count - 20));
  const profile: SeriesProfile = {
    startPrice: bars.close[count - 1],
    priceLevel: bars.close[count - 1],
    dailyVolatility: profileOf(record).dailyVolatility,
    meanVolume: recent.reduce((sum, v) => sum + v, 0) / Math.max(1, recent.length)
  };
  const random = createRandom(hashSeed('continuation', record.exchange, record.symbol, lastDate));
  const tail = randomWalkBars(days, bars.close[count - 1], profile, random);
  const joined = allocateCandles(count + days.length);
  for (const field of CANDLE_FIELDS) {
    joined[field].set(bars[field]);
    joined[field].set(tail[field], count);
  }
  return joined;
}

function randomWalkBars(
  days: IstDate[],
  startClose: number,
  profile: SeriesProfile,
  random: () => number
): CandleColumns {
  const bars = allocateCandles(days.length);
  const vol = profile.dailyVolatility;
  let previousClose = startClose;
  for (let i = 0; i < days.length; i++) {
    const shock = vol * fatTailed(random, 4);
    const dayReturn = shock - REVERSION_PER_DAY * Math.log(previousClose / profile.priceLevel);
    const overnight = vol * 0.3 * normal(random);
    // About one day in thirty opens with a news gap that the day's close keeps.
    const gapDraw = random();
    const gapSize = 0.02 + 0.04 * random();
    const jump = gapDraw < 0.033 ? (gapDraw < 0.0165 ? gapSize : -gapSize) : 0;
    const open = Math.max(1, roundToTick(previousClose * Math.exp(overnight + jump)));
    const close = Math.max(1, roundToTick(previousClose * Math.exp(dayReturn + jump)));
    const high = ceilToTick(Math.max(open, close) * Math.exp(vol * 0.5 * Math.abs(normal(random))));
    const low = Math.max(0.05, floorToTick(Math.min(open, close) * Math.exp(-vol * 0.5 * Math.abs(normal(random)))));
    const activity = 1 + 0.5 * Math.abs(shock / vol);
    const volume = Math.round(profile.meanVolume * Math.exp(0.5 * normal(random) - 0.125) * activity);
    bars.time[i] = istEpochMs(days[i]) / 1000;
    bars.open[i] = open;
    bars.high[i] = high;
    bars.low[i] = low;
    bars.close[i] = close;
    bars.volume[i] = volume;
    previousClose = close;
  }
  return bars;
}
