import { allocateCandles, type CandleColumns } from './types.js';

/**
 * Merges runs of consecutive bars that share a bucket key into one bar stamped with the run's
 * first bar time (open first, high max, low min, close last, volume summed, oi last).
 * @example aggregateBars(daily, (time) => monthOf(time)) // monthly bars
 */
export function aggregateBars(bars: CandleColumns, bucketOf: (time: number) => string | number): CandleColumns {
  const starts: number[] = [];
  let previousKey: string | number | undefined;
  for (let i = 0; i < bars.time.length; i++) {
    const key = bucketOf(bars.time[i]);
    if (i === 0 || key !== previousKey) starts.push(i);
    previousKey = key;
  }
  const out = allocateCandles(starts.length);
  starts.forEach((start, b) => {
    const end = b + 1 < starts.length ? starts[b + 1] : bars.time.length;
    let high = -Infinity;
    let low = Infinity;
    let volume = 0;
    for (let i = start; i < end; i++) {
      high = Math.max(high, bars.high[i]);
      low = Math.min(low, bars.low[i]);
      volume += bars.volume[i];
    }
    out.time[b] = bars.time[start];
    out.open[b] = bars.open[start];
    out.high[b] = high;
    out.low[b] = low;
    out.close[b] = bars.close[end - 1];
    out.volume[b] = volume;
    out.oi[b] = bars.oi[end - 1];
  });
  return out;
}

/**
 * The bars whose time lies in [from, to] (epoch seconds, inclusive), copied.
 * @example barsBetween(daily, 1743445800, 1744050600)
 */
export function barsBetween(bars: CandleColumns, from: number, to: number): CandleColumns {
  let start = 0;
  while (start < bars.time.length && bars.time[start] < from) start++;
  let end = start;
  while (end < bars.time.length && bars.time[end] <= to) end++;
  return {
    time: bars.time.slice(start, end),
    open: bars.open.slice(start, end),
    high: bars.high.slice(start, end),
    low: bars.low.slice(start, end),
    close: bars.close.slice(start, end),
    volume: bars.volume.slice(start, end),
    oi: bars.oi.slice(start, end)
  };
}

/**
 * All bars of `parts` in order, as one set of columns.
 * @example concatBars([mondayMinutes, tuesdayMinutes])
 */
export function concatBars(parts: CandleColumns[]): CandleColumns {
  const out = allocateCandles(parts.reduce((n, part) => n + part.time.length, 0));
  let offset = 0;
  for (const part of parts) {
    for (const field of ['time', 'open', 'high', 'low', 'close', 'volume', 'oi'] as const)
      out[field].set(part[field], offset);
    offset += part.time.length;
  }
  return out;
}
