import { transfer } from 'comlink';
import { spawnEngineWorker as spawnPlatformWorker, defaultWorkerCount } from '#spawn-engine-worker';
import type { PackedCandles } from '../candles/packed.js';
import type { BatchTask, PrepareResult, ScanJob } from '../engine/engine-api.js';
import type { Validation } from '../contract/validate-scanner.js';
import { sandboxLimitsSchema } from '../sandbox/limits.js';
import type { SymbolOutcome } from '../sandbox/outcome.js';
import type { ScanShared } from './heartbeat.js';
import type { SpawnedWorker } from './spawned-worker.js';
import { copyBatchForWorker, DEFAULT_WATCHDOG_MARGIN_MS, stuckOutcome, taskBudgetsMs } from './stuck-tasks.js';
import { WorkerWatchdog, type StuckAt } from './worker-watchdog.js';
import { ScanRecorder } from './scan-recorder.js';
import type { ScanRequest, ScanSummary } from './scan-types.js';
import { TaskSource } from './task-source.js';

export interface ScanPoolOptions {
  /** Worker count; defaults to cores − 1 in the browser, all cores on Node. */
  size?: number;
  spawn?: () => SpawnedWorker;
  /** How long past its time limit a task may keep its worker busy before the worker is replaced. */
  watchdogMarginMs?: number;
}

/** Aim for batches of about this long: short enough for 100 ms progress and prompt cancel. */
const TARGET_BATCH_MS = 25;
/**
 * Batches kept in flight per worker: while one computes, the next is already
 * queued in the worker, so it never idles during a message round trip.
 */
const LANES_PER_WORKER = 2;
const FIRST_BATCH = 32;
const MAX_BATCH = 1024;
const PROGRESS_EVERY_MS = 100;

let nextScanId = 0;
let nextBatch = 0;

/**
 * A pool of engine workers that runs scans: symbols go out in batches (their
 * candle buffers transferred), results stream back as each batch finishes.
 * @example await new ScanPool().scan({ source, symbols, onPartial: (rows) => show(rows) })
 */
export class ScanPool {
  private readonly workers: SpawnedWorker[];
  private readonly spawn: () => SpawnedWorker;
  /** Running scans' jobs, to prepare a worker that replaces a failed one. */
  private readonly jobs = new Map<string, ScanJob>();
  /** Per worker slot: settles when the slot's worker is ready for batches. */
  private readonly ready: Promise<unknown>[];
  /** Per worker slot: replaces a worker stuck in host code past its tasks' time limits. */
  private readonly watchdogs: WorkerWatchdog[];
  private readonly watchdogMarginMs: number;
  /** Per worker: settles when it is replaced, so calls it will never answer can go to its replacement. */
  private readonly retired = new WeakMap<SpawnedWorker, { settled: Promise<null>; settle(): void }>();
  /** Per worker and running scan: the benchmark it already holds. */
  private readonly sentBenchmarks = new WeakMap<SpawnedWorker, Map<string, PackedCandles>>();

  constructor(options: ScanPoolOptions = {}) {
    this.spawn = options.spawn ?? spawnPlatformWorker;
    this.watchdogMarginMs = options.watchdogMarginMs ?? DEFAULT_WATCHDOG_MARGIN_MS;
    const size = Math.max(1, options.size ?? defaultWorkerCount());
    this.watchdogs = Array.from(
      { length: size },
      (_, index) =>
        new WorkerWatchdog(
          () => this.replaceWorker(index),
          () => this.workers[index]?.progress
        )
    );
    this.workers = [];
    for (let index = 0; index < size; index++) this.workers.push(this.startWorker(index));
    this.ready = this.workers.map(() => Promise.resolve());
  }

  get size(): number {
    return this.workers.length;
  }

  /** Validates scanner source in a worker (syntax with line:column, warnings). */
  validate(source: string): Promise<Validation> {
    return this.callWorker<Validation>(0, (worker) => worker.api.validate(source));
  }

  /** Runs one scan to the end, or until `request.signal` aborts it. */
  async scan(request: ScanRequest): Promise<ScanSummary> {
    const scanId = `scan-${++nextScanId}`;
    const limits = sandboxLimitsSchema.parse(request.limits ?? {});
    const recorder = new ScanRecorder(request, this.workers.length);
    const job: ScanJob = {
      scanId,
      source: request.source,
      params: request.params ?? {},
      limits,
      replay: request.replay
    };
    const prepared = await Promise.all(
      this.workers.map((_, index) => this.callWorker<PrepareResult>(index, (worker) => worker.api.prepare(job)))
    );
    const failure = prepared.find((result) => 'error' in result);
    if (failure && 'error' in failure) return recorder.failed(failure.error);
    const params = 'params' in prepared[0] ? prepared[0].params : null;
    this.jobs.set(scanId, job);

    const source = new TaskSource(request.symbols);
    const cancelled = new Promise<'cancelled'>((resolve) => {
      if (request.signal?.aborted) resolve('cancelled');
      request.signal?.addEventListener('abort', () => resolve('cancelled'), { once: true });
    });
    const ticker = setInterval(() => recorder.reportProgress(), PROGRESS_EVERY_MS);
    try {
      const lanes = this.workers.flatMap((_, index) => Array.from({ length: LANES_PER_WORKER }, () => index));
      const work = Promise.all(lanes.map((index) => this.drive(index, scanId, source, recorder, request.signal)));
      const ending = await Promise.race([work.then(() => 'completed' as const), cancelled]);
      if (ending === 'cancelled') source.stop();
      return recorder.finish(ending, params);
    } catch (error) {
      source.stop();
      return recorder.failed(error instanceof Error ? error.message : String(error));
    } finally {
      clearInterval(ticker);
      this.jobs.delete(scanId);
      for (const worker of this.workers) {
        this.sentBenchmarks.get(worker)?.delete(scanId);
        void worker.api.release(scanId).catch(() => undefined);
      }
    }
  }

  /** Stops every worker. */
  close(): void {
    for (const watchdog of this.watchdogs) watchdog.stop();
    for (const worker of this.workers) worker.terminate();
  }

  /** One lane's loop: take a batch, run it on its worker, record it, size the next batch to ~25 ms. */
  private async drive(index: number, scanId: string, source: TaskSource, recorder: ScanRecorder, signal?: AbortSignal) {
    let batchSize = FIRST_BATCH;
    while (!signal?.aborted) {
      const tasks = await source.take(batchSize);
      if (tasks.length === 0) return;
      recorder.started(tasks[tasks.length - 1].symbol);
      const started = performance.now();
      const outcomes = await this.runOnWorker(index, scanId, tasks);
      if (signal?.aborted) return;
      recorder.record(outcomes);
      // The round trip includes the other lane's batch queued ahead of this one.
      const perSymbol = (performance.now() - started) / tasks.length / LANES_PER_WORKER;
      // Size for ~25 ms, but leave work for every lane so none idles at the tail.
      const fairShare = Math.ceil(source.queued / (this.workers.length * LANES_PER_WORKER));
      batchSize = Math.max(1, Math.min(MAX_BATCH, fairShare, Math.round(TARGET_BATCH_MS / Math.max(perSymbol, 0.001))));
    }
  }

  private async runOnWorker(index: number, scanId: string, tasks: BatchTask[]): Promise<SymbolOutcome[]> {
    const worker = await this.readyWorker(index);
    const batch = ++nextBatch;
    const budgets = taskBudgetsMs(this.jobs.get(scanId)!, tasks, this.watchdogMarginMs);
    const watched = worker.progress !== undefined || worker.onHeartbeat !== undefined;
    const watch = watched
      ? this.watchdogs[index].watch(batch, budgets)
      : { stuck: new Promise<StuckAt>(() => undefined), done: () => undefined };
    // The worker gets a copy of the batch's candles in one buffer, so the tasks can be sent again if it has to be replaced.
    const copy = copyBatchForWorker(tasks);
    const shared = this.benchmarkToSend(worker, scanId, copy.tasks);
    try {
      const sent = worker.api.runBatch(scanId, transfer(copy.tasks, [copy.buffer]), batch, shared);
      const answer = await Promise.race([sent, watch.stuck]);
      if (Array.isArray(answer)) return answer;
      if (answer === null) return this.runOnWorker(index, scanId, tasks);
      // The watchdog replaced the worker. Shared progress names the task it was stuck on;
      // a heartbeat message may be older, so then each task from it on runs alone until one is blamed.
      if (worker.progress === undefined && answer < tasks.length - 1)
        return this.runSuspectsAlone(index, scanId, tasks, answer);
      const again = tasks.filter((_, i) => i !== answer);
      const blamed = [stuckOutcome(tasks[answer], budgets[answer])];
      return again.length > 0 ? [...blamed, ...(await this.runOnWorker(index, scanId, again))] : blamed;
    } catch (error) {
      // The worker died (not a scanner error: those come back as outcomes). The first lane to notice replaces it.
      if (this.workers[index] === worker) this.replaceWorker(index);
      const message = `the engine worker failed: ${error instanceof Error ? error.message : String(error)}`;
      return tasks.map((t) => ({
        kind: 'error',
        symbol: t.symbol,
        exchange: t.exchange,
        message,
        line: null,
        column: null,
        elapsedMs: 0
      }));
    } finally {
      watch.done();
    }
  }

  /**
   * Tasks of a scan share one benchmark: each worker gets it once per scan, with
   * its first batch, instead of a copy with every task. Strips it from `copies`.
   */
  private benchmarkToSend(worker: SpawnedWorker, scanId: string, copies: BatchTask[]): ScanShared | undefined {
    const benchmark = copies[0]?.benchmark;
    if (!benchmark || copies.some((task) => task.benchmark !== benchmark)) return undefined;
    for (const task of copies) task.benchmark = undefined;
    const sent = this.sentBenchmarks.get(worker) ?? new Map<string, PackedCandles>();
    this.sentBenchmarks.set(worker, sent);
    if (sent.get(scanId) === benchmark) return undefined;
    sent.set(scanId, benchmark);
    return { benchmark };
  }

  /** Tasks before `from` finished; one from `from` on was stuck: each runs in a batch of its own, so its heartbeat names it. */
  private async runSuspectsAlone(
    index: number,
    scanId: string,
    tasks: BatchTask[],
    from: number
  ): Promise<SymbolOutcome[]> {
    const outcomes = from > 0 ? await this.runOnWorker(index, scanId, tasks.slice(0, from)) : [];
    for (const task of tasks.slice(from)) outcomes.push(...(await this.runOnWorker(index, scanId, [task])));
    return outcomes;
  }

  /** The slot's worker once it is ready; it may be replaced again while a lane waits for it. */
  private async readyWorker(index: number): Promise<SpawnedWorker> {
    let ready: Promise<unknown>;
    do {
      ready = this.ready[index];
      await ready;
    } while (ready !== this.ready[index]);
    return this.workers[index];
  }

  /** Calls the slot's worker, again on its replacement if it is replaced before answering (e.g. stuck behind another scan). */
  private async callWorker<T>(index: number, call: (worker: SpawnedWorker) => Promise<T>): Promise<T> {
    for (;;) {
      const worker = await this.readyWorker(index);
      const answer = await Promise.race([call(worker).then((value) => ({ value })), this.retired.get(worker)!.settled]);
      if (answer) return answer.value;
    }
  }

  private startWorker(index: number): SpawnedWorker {
    const worker = this.spawn();
    let settle = () => undefined as void;
    const settled = new Promise<null>((resolve) => (settle = () => resolve(null)));
    this.retired.set(worker, { settled, settle });
    worker.onHeartbeat?.((beat) => {
      if (this.workers[index] === worker) this.watchdogs[index].beat(beat);
    });
    return worker;
  }

  /** Terminates a slot's worker and starts another, prepared for every running scan before lanes send it anything. */
  private replaceWorker(index: number): void {
    this.workers[index].terminate();
    this.retired.get(this.workers[index])?.settle();
    const replacement = this.startWorker(index);
    this.workers[index] = replacement;
    this.ready[index] = Promise.all([...this.jobs.values()].map((job) => replacement.api.prepare(job))).catch(
      () => undefined
    );
  }
}
