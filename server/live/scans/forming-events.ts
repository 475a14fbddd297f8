import type { EventBus } from '../../events/index.js';
import { LIVE_INTERVAL_MINUTES, type CandleBuilder } from '../candles/index.js';
import { instrumentKey } from '../stream/index.js';
import type { LiveScan } from './live-scan-types.js';
import { symbolChart, type ChartBar } from './symbol-chart.js';

/** The `live-forming` event on /api/events: the forming bars of a live scan's symbols that changed since the last one. */
export interface LiveFormingEvent {
  liveScanId: string;
  bars: Array<{ symbol: string; exchange: string; bar: ChartBar }>;
}

declare module '../../events/event-bus.js' {
  interface ServerEventMap {
    'live-forming': LiveFormingEvent;
  }
}

/**
 * Publishes, for each running live scan, the forming bars that changed since its last
 * publication; called on a timer (once a second) so a chart follows the forming bar without
 * an event per tick.
 * @example const publish = formingPublisher(bus, builder); setInterval(() => publish(scans), 1000)
 */
export function formingPublisher(
  bus: Pick<EventBus, 'publish'>,
  builder: Pick<CandleBuilder, 'closedBars' | 'forming'>
) {
  const sent = new Map<string, string>();
  return (scans: Iterable<LiveScan>) => {
    const running = new Set<string>();
    for (const scan of scans) {
      running.add(scan.id);
      const bars: LiveFormingEvent['bars'] = [];
      for (const instrument of scan.symbols) {
        const key = instrumentKey(instrument);
        const bar = symbolChart(builder, key, LIVE_INTERVAL_MINUTES[scan.interval]).forming;
        const text = JSON.stringify(bar);
        if (!bar || sent.get(`${scan.id}|${key}`) === text) continue;
        sent.set(`${scan.id}|${key}`, text);
        bars.push({ symbol: instrument.symbol, exchange: instrument.exchange, bar });
      }
      if (bars.length > 0) bus.publish('live-forming', { liveScanId: scan.id, bars });
    }
    for (const key of sent.keys()) if (!running.has(key.split('|')[0])) sent.delete(key);
  };
}
