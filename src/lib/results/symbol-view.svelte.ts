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

  /**
   * Loads everything for `ref`; the chart uses the run's interval and lookback when `runId` is given.
   * The three sources load side by side and fail separately: offline, the chart still shows the cache.
   */
  async load(ref: SymbolRef, runId: string | null) {
    const run = runId ? await getRun(runId).catch(() => null) : null;
    this.run = run;
    this.row = run?.rows.find((row) => row.symbol === ref.symbol && row.exchange === ref.exchange) ?? null;
    this.interval = run?.interval ?? 'D';
    await Promise.all([this.loadCandles(ref, this.interval, run?.lookbackBars ?? DEFAULT_LOOKBACK), this.loadQuote(ref), this.loadDepth(ref)]);
  }

  private async loadCandles(ref: SymbolRef, interval: string, lookbackBars: number) {
    this.loadingCandles = true;
    try {
      for await (const task of loadScanCandles({ symbols: [ref], interval, lookbackBars, onStatus: (status) => (this.dataStatus = status) })) {
        this.candles = unpackCandles(task.candles);
      }
    } catch (error) {
      this.dataStatus = { ...ref, state: 'failed', source: null, fetchedAt: null, lastBarTime: null, error: (error as Error).message };
    } finally {
      this.loadingCandles = false;
    }
  }

  private async loadQuote(ref: SymbolRef) {
    const result = await fetchQuote(ref);
    if ('data' in result) (this.quote = result.data), (this.quoteError = null);
    else this.quoteError = result.error.message;
  }

  private async loadDepth(ref: SymbolRef) {
    const result = await fetchDepth(ref);
    if ('data' in result) (this.depth = result.data), (this.depthError = null);
    else this.depthError = result.error.message;
  }
}
