import { describe, expect, it } from 'vitest';
import { allocateCandles } from '../../../src-worker/candles/types.js';
import type { LiveTick } from '../stream/index.js';
import { createCandleBuilder } from './candle-builder.js';

const at = (text: string) => Date.parse(`2026-12-03T${text}+05:30`);
const tick = (time: string, ltp: number, volume: number | null, day = '2026-12-03'): LiveTick => ({
  symbol: 'SBIN',
  exchange: 'NSE',
  ltp,
  volume,
  time: Date.parse(`${day}T${time}+05:30`)
});
const bars = (builder: ReturnType<typeof createCandleBuilder>) => {
  const c = builder.closedBars('NSE:SBIN');
  return [...c.time].map((time, i) => [
    new Date(time * 1000 + 19_800_000).toISOString().slice(11, 16),
    c.open[i],
    c.high[i],
    c.low[i],
    c.close[i],
    c.volume[i]
  ]);
};

describe('the one-minute candle builder', () => {
  it('takes first/max/min/last of the price and the growth of the day volume, from the session open', () => {
    const builder = createCandleBuilder();
    [
      tick('09:15:01', 100, 50),
      tick('09:15:20', 102, 80),
      tick('09:15:40', 99, 100),
      tick('09:15:59', 101, 130),
      tick('09:16:05', 101.5, 170)
    ].forEach(builder.ingest);
    expect(bars(builder)).toEqual([['09:15', 100, 102, 99, 101, 130]]);
    expect(builder.forming('NSE:SBIN')).toMatchObject({ open: 101.5, volume: 40, partial: false });
  });

  it('makes no bar for a minute without ticks and closes a bar on the boundary plus the grace', () => {
    const builder = createCandleBuilder({ graceMs: 2_000 });
    [tick('09:15:01', 100, 10), tick('09:17:30', 103, 25)].forEach(builder.ingest);
    expect(builder.closeDue(at('09:18:01'))).toEqual([]);
    expect(builder.closeDue(at('09:18:02'))).toEqual(['NSE:SBIN']);
    expect(bars(builder)).toEqual([
      ['09:15', 100, 100, 100, 100, 10],
      ['09:17', 103, 103, 103, 103, 15]
    ]);
  });

  it('ignores duplicate ticks, leaves out ticks for sealed minutes, and keeps the close of an out-of-order tick', () => {
    const builder = createCandleBuilder({ graceMs: 0 });
    [tick('09:15:01', 100, 10), tick('09:15:01', 100, 10), tick('09:15:30', 101, 20), tick('09:15:10', 99, 15)].forEach(
      builder.ingest
    );
    builder.closeDue(at('09:16:00'));
    builder.ingest(tick('09:15:50', 120, 30));
    expect(bars(builder)).toEqual([['09:15', 100, 101, 99, 101, 20]]);
    expect(builder.stats()).toEqual({ ticks: 5, late: 1, duplicates: 1 });
  });

  it('marks the first bar after a reconnect partial and counts volume right from the next tick on', () => {
    const builder = createCandleBuilder();
    [tick('09:15:01', 100, 10), tick('09:15:40', 100, 20)].forEach(builder.ingest);
    builder.forgetVolumeBase('NSE:SBIN');
    [tick('09:20:10', 104, 500), tick('09:20:50', 105, 540), tick('09:21:05', 105, 600)].forEach(builder.ingest);
    expect(bars(builder)).toEqual([
      ['09:15', 100, 100, 100, 100, 20],
      ['09:20', 104, 105, 104, 105, 40]
    ]);
    expect(builder.forming('NSE:SBIN')).toMatchObject({ volume: 60, partial: false });
  });

  it('starts a fresh day: the cumulative volume restarts and yesterday’s bars are gone', () => {
    const builder = createCandleBuilder();
    [tick('15:29:10', 100, 90_000), tick('15:29:50', 101, 95_000)].forEach(builder.ingest);
    [
      tick('09:15:02', 102, 700, '2026-12-04'),
      tick('09:15:30', 103, 900, '2026-12-04'),
      tick('09:16:00', 103, 950, '2026-12-04')
    ].forEach(builder.ingest);
    const c = builder.closedBars('NSE:SBIN');
    expect([...c.time]).toEqual([Date.parse('2026-12-04T09:15:00+05:30') / 1000]);
    expect(c.volume[0]).toBe(900);
  });

  it('lets history replace closed bars and add missing ones, but not the forming minute', () => {
    const builder = createCandleBuilder();
    builder.forgetVolumeBase('NSE:SBIN');
    [tick('09:16:30', 100, 5_000), tick('09:17:10', 101, 5_100)].forEach(builder.ingest);
    const history = allocateCandles(3);
    [at('09:15:00'), at('09:16:00'), at('09:17:00')].forEach((ms, i) => {
      history.time[i] = ms / 1000;
      history.open[i] = 98 + i;
      history.high[i] = 100 + i;
      history.low[i] = 97 + i;
      history.close[i] = 99 + i;
      history.volume[i] = 1_000 * (i + 1);
    });
    builder.reconcile('NSE:SBIN', history, at('09:17:30'));
    expect(bars(builder)).toEqual([
      ['09:15', 98, 100, 97, 99, 1_000],
      ['09:16', 99, 101, 98, 100, 2_000]
    ]);
    expect(builder.forming('NSE:SBIN')).toMatchObject({ close: 101, volume: 100 });
  });
});
