import type { IstDate } from '$engine/calendar';
import type { SandboxLimits } from '$engine/sandbox/limits';
import type { ScanSymbol } from '$lib/sectors/symbol-industries';
import type { BacktestProgress } from './backtest-progress';
import type { BacktestSubject, SavedBacktest } from './backtest-record';
import { backtestStore } from './backtest-store';
import { runBrowserBacktest } from './browser-backtest';
import {
  cancelServerBacktest,
  followServerBacktest,
  startServerBacktest,
  type ServerBacktestBody
} from './server-backtest';
import { importServerBacktest } from './server-import';

export interface BrowserRun {
  subject: BacktestSubject;
  source: string;
  /** The symbols with their industries, for the scanner's `industry`. */
  symbols: ScanSymbol[];
  lookback: number;
  limits?: Partial<SandboxLimits>;
}

/** A backtest on screen: progress while it runs (here or on the server), then the saved result. */
export class BacktestSession {
  running = $state(false);
  progress = $state<BacktestProgress | null>(null);
  /** The server's count of evaluations while it runs a handed-over backtest. */
  serverProgress = $state<{ evaluations: number; events: number; elapsedMs: number } | null>(null);
  backtest = $state<SavedBacktest | null>(null);
  failure = $state<string | null>(null);
  /** For screen readers: the start and the end with its counts. */
  announcement = $state('');
  private controller: AbortController | null = null;
  private serverId: string | null = null;

  private begin() {
    this.controller?.abort();
    this.controller = new AbortController();
    this.running = true;
    this.progress = null;
    this.serverProgress = null;
    this.backtest = null;
    this.failure = null;
    return this.controller.signal;
  }

  private record(subject: BacktestSubject, runsOn: SavedBacktest['runsOn']): SavedBacktest {
    return {
      ...subject,
      id: crypto.randomUUID(),
      runsOn,
      serverId: null,
      status: 'running',
      message: null,
      startedAt: Date.now(),
      finishedAt: null,
      summary: null,
      stats: null,
      eventCount: 0,
      columnFormats: {},
      events: [],
      hitsPerDay: [],
      errors: []
    };
  }

  private async end(backtest: SavedBacktest) {
    await backtestStore().save(backtest);
    this.backtest = backtest;
    this.announcement = `Backtest ${backtest.status}: ${backtest.events.length} events, ${backtest.errors.length} errors`;
    if (backtest.status === 'failed') this.failure = backtest.message;
  }

  /** Runs the backtest in this browser's workers and saves it to history. */
  async runHere(run: BrowserRun): Promise<void> {
    const signal = this.begin();
    this.announcement = `Backtest started: ${run.symbols.length} symbols`;
    const started = this.record(run.subject, 'browser');
    try {
      const result = await runBrowserBacktest({
        source: run.source,
        params: run.subject.params,
        limits: run.limits,
        symbols: run.symbols,
        interval: run.subject.interval,
        lookback: run.lookback,
        from: run.subject.from as IstDate,
        to: run.subject.to as IstDate,
        horizons: run.subject.horizons,
        benchmark: run.subject.benchmark,
        signal,
        onProgress: (progress) => (this.progress = progress)
      });
      const { events, hitsPerDay, errors, summary, columnFormats, status, message, stats } = result;
      await this.end({
        ...started,
        status,
        message,
        finishedAt: Date.now(),
        summary,
        columnFormats,
        stats: { ...stats },
        eventCount: events.length,
        events,
        hitsPerDay,
        errors
      });
    } catch (error) {
      this.failure = error instanceof Error ? error.message : String(error);
    } finally {
      this.running = false;
    }
  }

  /** Hands the backtest to the server (kept in history at once, so a phone can leave and come back), then follows it. */
  async runOnServer(subject: BacktestSubject, body: ServerBacktestBody): Promise<void> {
    const signal = this.begin();
    try {
      const started = await startServerBacktest(body);
      if ('error' in started) {
        this.failure = Object.values(started.error.fields).flat()[0] ?? started.error.message;
        return;
      }
      this.serverId = started.data.id;
      const saved = { ...this.record(subject, 'server'), serverId: started.data.id };
      await backtestStore().save(saved);
      this.announcement = 'Backtest handed to the server';
      await followServerBacktest(started.data.id, (p) => (this.serverProgress = p), signal);
      const { backtest, error } = await importServerBacktest(saved);
      if (error) this.failure = error;
      if (backtest.status !== 'running') await this.end(backtest);
      else this.backtest = backtest;
    } finally {
      this.serverId = null;
      this.running = false;
    }
  }

  cancel() {
    if (this.serverId) void cancelServerBacktest(this.serverId);
    else this.controller?.abort();
  }
}
