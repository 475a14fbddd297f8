import type { CandleColumns } from '../candles/types.js';

/**
 * A deliberately different resampler for tests: it labels each bar with text
 * (IST date, ISO week's Monday, `YYYY-MM`, or date + N-minute slot from 09:15)
 * and aggregates label runs with plain arrays.
 */
export function referenceResample(candles: CandleColumns, target: string): CandleColumns {
  const label = (seconds: number): string => {
    const ist = new Date((seconds + 19_800) * 1000);
    const date = ist.toISOString().slice(0, 10);
    if (target === 'D') return date;
    if (target === 'M') return date.slice(0, 7);
    if (target === 'W') {
      const monday = new Date(ist.getTime() - ((ist.getUTCDay() + 6) % 7) * 86_400_000);
      return monday.toISOString().slice(0, 10);
    }
    const minutes = Number(target.slice(0, -1)) * (target.endsWith('h') ? 60 : 1);
    const sinceOpen = ist.getUTCHours() * 60 + ist.getUTCMinutes() - 555;
    return `${date}#${Math.floor(sinceOpen / minutes)}`;
  };
  const out: Record<keyof CandleColumns, number[]> = {
    time: [],
    open: [],
    high: [],
    low: [],
    close: [],
    volume: [],
    oi: []
  };
  let current = '';
  for (let i = 0; i < candles.time.length; i++) {
    const name = label(candles.time[i]);
    const last = out.time.length - 1;
    if (i === 0 || name !== current) {
      current = name;
      out.time.push(candles.time[i]);
      out.open.push(candles.open[i]);
      out.high.push(candles.high[i]);
      out.low.push(candles.low[i]);
      out.close.push(candles.close[i]);
      out.volume.push(candles.volume[i]);
      out.oi.push(candles.oi[i]);
      continue;
    }
    out.high[last] = Math.max(out.high[last], candles.high[i]);
    out.low[last] = Math.min(out.low[last], candles.low[i]);
    out.close[last] = candles.close[i];
    out.volume[last] += candles.volume[i];
    out.oi[last] = candles.oi[i];
  }
  const column = (values: number[]) => Float64Array.from(values);
  return {
    time: column(out.time),
    open: column(out.open),
    high: column(out.high),
    low: column(out.low),
    close: column(out.close),
    volume: column(out.volume),
    oi: column(out.oi)
  } as CandleColumns;
}
