import { describe, expect, it } from 'vitest';
import { createCandleBuilder } from '../candles/index.js';
import type { LiveTick } from '../stream/index.js';
import { formingPublisher } from './forming-events.js';
import type { LiveScan } from './live-scan-types.js';
import { symbolChart } from './symbol-chart.js';

const at = (time: string) => Date.parse(`2026-12-03T${time}+05:30`);
const tick = (time: string, ltp: number, volume: number): LiveTick => ({
  symbol: 'SBIN',
  exchange: 'NSE',
  ltp,
  volume,
  time: at(time)
});
const seconds = (time: string) => at(time) / 1000;

function builderWithTicks() {
  const builder = createCandleBuilder({ graceMs: 2_000 });
  [tick('09:15:01', 100, 50), tick('09:15:40', 104, 90), tick('09:16:10', 98, 120), tick('09:16:30', 101, 150)].forEach(
    builder.ingest
  );
  return builder;
}

describe('the live chart of a symbol', () => {
  it('at 1m: the closed minutes, and the minute forming now as the last bar', () => {
    const chart = symbolChart(builderWithTicks(), 'NSE:SBIN', 1);
    expect(chart.candles).toEqual({
      time: [seconds('09:15:00')],
      open: [100],
      high: [104],
      low: [100],
      close: [104],
      volume: [90]
    });
    expect(chart.forming).toEqual({ time: seconds('09:16:00'), open: 98, high: 101, low: 98, close: 101, volume: 60 });
  });

  it("at 5m: the forming bar holds the interval's closed minutes and the forming one", () => {
    const chart = symbolChart(builderWithTicks(), 'NSE:SBIN', 5);
    expect(chart.candles.time).toEqual([]);
    expect(chart.forming).toEqual({
      time: seconds('09:15:00'),
      open: 100,
      high: 104,
      low: 98,
      close: 101,
      volume: 150
    });
  });

  it('shows no forming bar in a minute without ticks, and invents none', () => {
    const builder = builderWithTicks();
    builder.closeDue(at('09:17:02'));
    const chart = symbolChart(builder, 'NSE:SBIN', 5);
    expect(chart.forming).toBeNull();
    expect(chart.candles).toEqual({
      time: [seconds('09:15:00')],
      open: [100],
      high: [104],
      low: [98],
      close: [101],
      volume: [150]
    });
  });

  it('publishes a forming bar once per change, as a live-forming event of the scan', () => {
    const builder = builderWithTicks();
    const events: unknown[] = [];
    const publish = formingPublisher(
      { publish: (type: string, data: unknown) => void events.push({ type, data }) } as never,
      builder
    );
    const scan = { id: 'live-1', symbols: [{ symbol: 'SBIN', exchange: 'NSE' }], interval: '1m' } as LiveScan;
    publish([scan]);
    publish([scan]);
    builder.ingest(tick('09:16:50', 103, 160));
    publish([scan]);
    expect(events).toEqual([
      {
        type: 'live-forming',
        data: {
          liveScanId: 'live-1',
          bars: [
            {
              symbol: 'SBIN',
              exchange: 'NSE',
              bar: { time: seconds('09:16:00'), open: 98, high: 101, low: 98, close: 101, volume: 60 }
            }
          ]
        }
      },
      {
        type: 'live-forming',
        data: {
          liveScanId: 'live-1',
          bars: [
            {
              symbol: 'SBIN',
              exchange: 'NSE',
              bar: { time: seconds('09:16:00'), open: 98, high: 103, low: 98, close: 103, volume: 70 }
            }
          ]
        }
      }
    ]);
  });
});
