import { istDateOf, sessionSegments, type IstDate } from '../../../src-worker/calendar/index.js';
import type { MarketSeries } from '../market-series.js';
import type { SymbolRecord } from '../symbol-master.js';
import { dayTrades, TICK_SPACING_MS, TICKS_PER_MINUTE, type SimulatedTrade } from './minute-ticks.js';

interface DayFeed {
  trades: SimulatedTrade[];
  prevClose: number;
  /** Minute-bar index of each session minute start (epoch ms). */
  minuteIndex: Map<number, number>;
}

export interface FeedSource {
  /** The trade printed at `slotMs` (a multiple of 15 s), or null outside the session. */
  tradeAt(record: SymbolRecord, slotMs: number): (SimulatedTrade & { prevClose: number }) | null;
}

/** Day feeds kept in memory: one per symbol and day, enough for a few thousand symbols. */
const MAX_CACHED_FEEDS = 4_000;

/**
 * The simulated trades of any symbol, from the same minute bars the simulator's history serves.
 * @example createFeedSource(series).tradeAt(record, Date.parse('2026-12-04T04:00:00Z'))?.ltp
 */
export function createFeedSource(series: MarketSeries): FeedSource {
  const feeds = new Map<string, DayFeed>();

  function feedOf(record: SymbolRecord, date: IstDate): DayFeed {
    const key = `${record.exchange}:${record.symbol}:${date}`;
    let feed = feeds.get(key);
    if (feed) return feed;
    const segments = sessionSegments(date);
    const close = segments[segments.length - 1].end;
    const minutes = series.minuteBarsOf(record, date, new Date(close + 60_000));
    const daily = series.dailyBars(record, new Date(segments[0].start));
    const minuteIndex = new Map<number, number>();
    minutes.time.forEach((time, index) => minuteIndex.set(time * 1000, index));
    feed = {
      trades: dayTrades(minutes),
      prevClose: daily.close[daily.close.length - 1] ?? minutes.open[0],
      minuteIndex
    };
    if (feeds.size >= MAX_CACHED_FEEDS) feeds.delete(feeds.keys().next().value as string);
    feeds.set(key, feed);
    return feed;
  }

  return {
    tradeAt(record, slotMs) {
      const date = istDateOf(slotMs);
      if (sessionSegments(date).length === 0) return null;
      const feed = feedOf(record, date);
      const minuteStart = Math.floor(slotMs / 60_000) * 60_000;
      const index = feed.minuteIndex.get(minuteStart);
      if (index === undefined) return null;
      const trade = feed.trades[index * TICKS_PER_MINUTE + Math.floor((slotMs - minuteStart) / TICK_SPACING_MS)];
      return trade ? { ...trade, prevClose: feed.prevClose } : null;
    }
  };
}
