import { unpackCandles } from '$engine/candles/packed';
import type { CandleColumns } from '$engine/candles/types';
import type { ScanRow } from '$engine/pool/scan-types';
import { loadScanCandles, type SymbolDataStatus, type SymbolRef } from '$lib/candles';
import { getRun, type ScanRun } from '$lib/runs/run-store';
import { fetchDepth, fetchQuote, type Depth, type Quote } from './market-snapshot';

/** Bars on the chart when no run says otherwise. */
const DEFAULT_LOOKBACK = 250;

/** One symbol on screen: its cached candles, the latest quote and depth, and the row of the run it was opened from. */
export class SymbolView {
  candles = $state<CandleColumns | null>(null);
  interval = $state('D');
  dataStatus = $state<SymbolDataStatus | null>(null);
  quote = $state<Quote | null>(null);
  quoteError = $state<string | null>(null);
  depth = $state<Depth | null>(null);
  depthError = $state<string | null>(null);
  run = $state<ScanRun | null>(null);
  row = $state<ScanRow | null>(null);
  loadingCandles = $state(true);
  private lookbackBars = DEFAULT_LOOKBACK;
  private loadedFor = 0;

  /**
   * Loads everything for `ref`; the chart uses the run's interval and lookback when `runId` is given.
   * The three sources load side by side and fail separately: offline, the chart still shows the cache.
   */
  async load(ref: SymbolRef, runId: string | null) {
    const run = runId ? await getRun(runId).catch(() => null) : null;
    this.run = run;
    this.row = run?.rows.find((row) => row.symbol === ref.symbol && row.exchange === ref.exchange) ?? null;
    this.interval = run?.interval ?? 'D';
    this.lookbackBars = run?.lookbackBars ?? DEFAULT_LOOKBACK;
    await Promise.all([this.loadCandles(ref, this.interval), this.loadQuote(ref), this.loadDepth(ref)]);
  }

  /** Shows the chart at another interval (same number of bars), from the cache or fetched. */
  async changeInterval(ref: SymbolRef, interval: string) {
    this.interval = interval;
    this.candles = null;
    await this.loadCandles(ref, interval);
  }

  private async loadCandles(ref: SymbolRef, interval: string) {
    this.loadingCandles = true;
    // A newer load (the interval changed again meanwhile) wins.
    const load = ++this.loadedFor;
    try {
      for await (const task of loadScanCandles({
        symbols: [ref],
        interval,
        lookbackBars: this.lookbackBars,
        onStatus: (status) => load === this.loadedFor && (this.dataStatus = status)
      })) {
        if (load === this.loadedFor) this.candles = unpackCandles(task.candles);
      }
    } catch (error) {
      this.dataStatus = {
        ...ref,
        state: 'failed',
        source: null,
        fetchedAt: null,
        lastBarTime: null,
        error: (error as Error).message
      };
    } finally {
      if (load === this.loadedFor) this.loadingCandles = false;
    }
  }

  private async loadQuote(ref: SymbolRef) {
    const result = await fetchQuote(ref);
    if ('data' in result) {
      this.quote = result.data;
      this.quoteError = null;
    } else this.quoteError = result.error.message;
  }

  private async loadDepth(ref: SymbolRef) {
    const result = await fetchDepth(ref);
    if ('data' in result) {
      this.depth = result.data;
      this.depthError = null;
    } else this.depthError = result.error.message;
  }
}
