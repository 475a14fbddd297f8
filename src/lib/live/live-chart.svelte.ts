import { serverEvents } from '$lib/events/server-events.svelte';
import { getLiveChart } from '$lib/services/live.service';
import { chartCandles } from './chart-candles';
import type { ChartBar, LiveChart } from './live-schema';

type Instrument = { symbol: string; exchange: string };
const same = (a: Instrument | null, b: Instrument) => a?.symbol === b.symbol && a.exchange === b.exchange;

/**
 * The chart of one symbol of a live scan: today's closed bars from the server, reloaded on each
 * bar close (`live-scan`), and the forming bar replaced as `live-forming` events bring it.
 */
export class LiveSymbolChart {
  instrument = $state<Instrument | null>(null);
  closed = $state<LiveChart['candles'] | null>(null);
  forming = $state<ChartBar | null>(null);
  /** How many forming-bar updates arrived for the symbol shown. */
  updates = $state(0);
  failure = $state<string | null>(null);
  readonly candles = $derived(this.closed ? chartCandles(this.closed, this.forming) : null);
  private liveScanId = '';

  /** Follows the scan's events; returns the function that stops following. */
  follow(liveScanId: string): () => void {
    this.liveScanId = liveScanId;
    return serverEvents.subscribe((event) => {
      if (event.type === 'live-scan' && event.data.liveScanId === liveScanId && this.instrument)
        void this.load(this.instrument);
      if (event.type !== 'live-forming' || event.data.liveScanId !== liveScanId) return;
      const update = event.data.bars.find((b) => same(this.instrument, b));
      if (!update) return;
      this.forming = update.bar;
      this.updates++;
    });
  }

  show(instrument: Instrument) {
    if (same(this.instrument, instrument)) return;
    this.instrument = instrument;
    this.closed = this.forming = null;
    this.updates = 0;
    void this.load(instrument);
  }

  private async load(instrument: Instrument) {
    const answer = await getLiveChart(this.liveScanId, instrument);
    if (!same(this.instrument, instrument)) return;
    if ('error' in answer) {
      this.failure = answer.error.message;
      return;
    }
    this.failure = null;
    this.closed = answer.data.candles;
    // A forming bar from an event newer than the answer stays; the answer's is the fallback.
    if (!this.forming || (answer.data.forming && answer.data.forming.time > this.forming.time))
      this.forming = answer.data.forming;
  }
}
