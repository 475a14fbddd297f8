import type { CandleColumns } from '../../../src-worker/candles/types.js';
import { bucketStart, toInterval, type CandleBuilder } from '../candles/index.js';

/** One bar as the live chart draws it: start of its interval (epoch seconds) and its prices. */
export interface ChartBar {
  time: number;
  open: number;
  high: number;
  low: number;
  close: number;
  volume: number;
}

/** Today's bars of one symbol at a live scan's interval: the closed ones, and the one still forming. */
export interface SymbolChart {
  candles: { time: number[]; open: number[]; high: number[]; low: number[]; close: number[]; volume: number[] };
  /** The interval's bar still forming: its closed minutes with the minute forming now; null between ticks' minutes. */
  forming: ChartBar | null;
}

const plain = (bars: CandleColumns): SymbolChart['candles'] => ({
  time: Array.from(bars.time),
  open: Array.from(bars.open),
  high: Array.from(bars.high),
  low: Array.from(bars.low),
  close: Array.from(bars.close),
  volume: Array.from(bars.volume)
});

const slice = (bars: CandleColumns, from: number, to: number): CandleColumns => ({
  time: bars.time.slice(from, to),
  open: bars.open.slice(from, to),
  high: bars.high.slice(from, to),
  low: bars.low.slice(from, to),
  close: bars.close.slice(from, to),
  volume: bars.volume.slice(from, to),
  oi: bars.oi.slice(from, to)
});

/**
 * The chart of `key` ("NSE:SBIN") at `minutes`-long bars from the live candles: closed bars
 * before the forming bar's interval, then the forming bar built from that interval's closed
 * minutes and the minute forming now. Nothing is invented: no tick this minute, no forming bar.
 * @example symbolChart(builder, 'NSE:SBIN', 5).forming // { time: 09:20 IST, open, high, low, close, volume }
 */
export function symbolChart(
  builder: Pick<CandleBuilder, 'closedBars' | 'forming'>,
  key: string,
  minutes: number
): SymbolChart {
  const closed = builder.closedBars(key);
  const minute = builder.forming(key);
  const bucket = minute ? bucketStart(minute.minute, minutes) : null;
  if (!minute || bucket === null) return { candles: plain(toInterval(closed, minutes)), forming: null };
  let first = closed.time.length;
  while (first > 0 && closed.time[first - 1] * 1000 >= bucket) first--;
  const forming: ChartBar = {
    time: bucket / 1000,
    open: minute.open,
    high: minute.high,
    low: minute.low,
    close: minute.close,
    volume: minute.volume
  };
  for (let i = closed.time.length - 1; i >= first; i--) {
    // Walking back from the newest closed minute: the earliest one's open is the bar's open.
    forming.open = closed.open[i];
    forming.high = Math.max(forming.high, closed.high[i]);
    forming.low = Math.min(forming.low, closed.low[i]);
    forming.volume += closed.volume[i];
  }
  return { candles: plain(toInterval(slice(closed, 0, first), minutes)), forming };
}
