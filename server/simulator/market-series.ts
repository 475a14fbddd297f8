import { allocateCandles, type CandleColumns } from '../../src-worker/candles/types.js';
import { istEpochMs, latestStartedSession, sessionSegments, type IstDate } from '../../src-worker/calendar/index.js';
import { aggregateBars, barsBetween, concatBars } from '../../src-worker/candles/aggregate-bars.js';
import { minuteBars } from './intraday-bars.js';
import { recordedDailyBars, shiftToSession } from './recorded-daily.js';
import { computedIndexConstituents, equalWeightIndexBars } from './computed-index.js';
import { NSE_INDICES } from './nse-indices.js';
import { hashSeed } from './seeded-random.js';
import { equityRecord, type SymbolRecord } from './symbol-master.js';
import { extendDailyBars, syntheticDailyBars } from './synthetic-daily.js';

export interface MarketSeries {
  /** Daily bars as a broker would serve them at `now`: the current session's bar is still forming. */
  dailyBars(record: SymbolRecord, now: Date): CandleColumns;
  /** One-minute bars of `date` that have completed by `now`. */
  minuteBarsOf(record: SymbolRecord, date: IstDate, now: Date): CandleColumns;
}

/** Series are rebuilt per session; a few hundred symbols' worth stay in memory. */
const MAX_CACHED_SERIES = 500;

/**
 * The simulator's price source: recorded NSE series re-dated to end on `anchor` (the latest
 * session when the simulator started) and continued by a seeded random walk after it, so
 * history never changes while the simulator runs; NIFTY and NIFTY500 computed from their
 * constituents (computed-index.ts); synthetic series for every other symbol; minute bars
 * derived from the daily bars, so an index's minutes aggregate exactly to its computed day.
 * @example createMarketSeries(latestStartedSession(new Date()).date).dailyBars(master.find('INFY', 'NSE')!, new Date())
 */
export function createMarketSeries(anchor: IstDate): MarketSeries {
  const cache = new Map<string, CandleColumns>();
  const anchored = new Map<string, CandleColumns>();

  function recordedThrough(record: SymbolRecord, recorded: CandleColumns, session: IstDate): CandleColumns {
    let shifted = anchored.get(record.symbol);
    if (!shifted) {
      shifted = shiftToSession(recorded, anchor);
      anchored.set(record.symbol, shifted);
    }
    if (session >= anchor) return extendDailyBars(record, shifted, session);
    return barsBetween(shifted, 0, istEpochMs(session) / 1000);
  }

  /** A recorded or synthetic series through `session`, uncached (an index reads hundreds of them once). */
  function ownDailyBars(record: SymbolRecord, session: IstDate): CandleColumns {
    const recorded = record.exchange === 'NSE' ? recordedDailyBars(record.symbol) : null;
    return recorded ? recordedThrough(record, recorded, session) : syntheticDailyBars(record, session);
  }

  function computedIndexBars(record: SymbolRecord, symbols: string[], session: IstDate): CandleColumns {
    const base = NSE_INDICES.find((index) => index.symbol === record.symbol)?.level ?? 1000;
    return equalWeightIndexBars(
      symbols.map((symbol) => ownDailyBars(equityRecord(symbol), session)),
      base
    );
  }

  /** Daily bars through `session`, with that session's bar as it will close. */
  function completeDailyBars(record: SymbolRecord, session: IstDate): CandleColumns {
    const key = `${record.exchange}:${record.symbol}:${session}`;
    let bars = cache.get(key);
    if (!bars) {
      const constituents = record.exchange === 'NSE_INDEX' ? computedIndexConstituents(record.symbol) : null;
      bars = constituents ? computedIndexBars(record, constituents, session) : ownDailyBars(record, session);
      if (cache.size >= MAX_CACHED_SERIES) cache.delete(cache.keys().next().value as string);
      cache.set(key, bars);
    }
    return bars;
  }

  function fullDayMinutes(record: SymbolRecord, date: IstDate, session: IstDate): CandleColumns {
    const daily = completeDailyBars(record, session);
    const index = daily.time.indexOf(istEpochMs(date) / 1000);
    if (index < 0) return allocateCandles(0);
    const day = {
      open: daily.open[index],
      high: daily.high[index],
      low: daily.low[index],
      close: daily.close[index],
      volume: daily.volume[index]
    };
    // Seeded by the day's prices too: a recorded bar re-dated onto another day gets fresh minutes.
    const seed = hashSeed('minutes', record.symbol, date, day.open, day.close);
    return minuteBars(day, sessionSegments(date), seed);
  }

  function minuteBarsOf(record: SymbolRecord, date: IstDate, now: Date): CandleColumns {
    const session = latestStartedSession(now).date;
    if (date > session) return allocateCandles(0);
    return barsBetween(fullDayMinutes(record, date, session), 0, now.getTime() / 1000 - 60);
  }

  function dailyBars(record: SymbolRecord, now: Date): CandleColumns {
    const session = latestStartedSession(now);
    const complete = completeDailyBars(record, session.date);
    if (session.complete) return complete;
    const minutes = minuteBarsOf(record, session.date, now);
    const settled = barsBetween(complete, 0, complete.time[complete.time.length - 1] - 1);
    if (minutes.time.length === 0) return settled;
    const forming = aggregateBars(minutes, () => session.date);
    forming.time[0] = complete.time[complete.time.length - 1];
    return concatBars([settled, forming]);
  }

  return { dailyBars, minuteBarsOf };
}
