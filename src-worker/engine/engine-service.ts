import type { PackedCandles } from '../candles/packed.js';
import { resolveParameters } from '../contract/parameters.js';
import { validateScanner } from '../contract/validate-scanner.js';
import { defaultSandboxLimits, type SandboxLimits } from '../sandbox/limits.js';
import type { SymbolOutcome } from '../sandbox/outcome.js';
import { ScannerSandbox } from '../sandbox/scanner-sandbox.js';
import type { BatchTask, EngineWorkerApi, PrepareResult, ReplayWindow, ScanJob } from './engine-api.js';
import { windowBars } from './replay-window.js';

interface PreparedScan {
  source: string;
  paramsJson: string;
  limits: SandboxLimits;
  replay?: ReplayWindow;
  /** The benchmark for tasks sent without one (the pool sends it once per scan and worker). */
  benchmark?: PackedCandles;
}

/**
 * What runs inside each engine worker: one memory-capped sandbox, reused across
 * symbols and scans (the scanner is recompiled only when the scan changes).
 */
export class EngineService implements EngineWorkerApi {
  private sandbox: ScannerSandbox | null = null;
  private sandboxLimits: string | null = null;
  private compiledScan: string | null = null;
  private readonly scans = new Map<string, PreparedScan>();

  async prepare(job: ScanJob): Promise<PrepareResult> {
    const sandbox = await this.sandboxFor(job.limits);
    const validation = validateScanner(job.source, sandbox);
    this.compiledScan = validation.ok ? job.scanId : null;
    if (!validation.ok || !validation.meta) {
      const first = validation.diagnostics.find((d) => d.severity === 'error');
      const message = first ? `line ${first.line}:${first.column}: ${first.message}` : 'the scanner is not valid';
      return { error: message, validation };
    }
    const params = resolveParameters(validation.meta.parameters, job.params);
    if ('error' in params) return { error: `invalid parameters: ${params.error}`, validation };
    this.scans.set(job.scanId, {
      source: job.source,
      paramsJson: JSON.stringify(params.data),
      limits: job.limits,
      replay: job.replay
    });
    return { ok: true, params: params.data };
  }

  /** `onStart(i)` runs as task i starts, for a watchdog that must know which task a stuck worker is on. */
  async runBatch(scanId: string, tasks: BatchTask[], onStart?: (index: number) => void): Promise<SymbolOutcome[]> {
    const scan = this.scans.get(scanId);
    if (!scan) throw new Error(`scan ${scanId} was not prepared in this worker`);
    let sandbox = await this.sandboxFor(scan.limits);
    if (this.compiledScan !== scanId) {
      const compiled = sandbox.compile(scan.source);
      if ('error' in compiled) throw new Error(compiled.error.message);
      this.compiledScan = scanId;
    }
    const outcomes: SymbolOutcome[] = [];
    for (let index = 0; index < tasks.length; index++) {
      const task =
        tasks[index].benchmark === undefined && scan.benchmark
          ? { ...tasks[index], benchmark: scan.benchmark }
          : tasks[index];
      onStart?.(index);
      if (sandbox.broken) {
        await sandbox.recover();
        sandbox = this.sandbox!;
      }
      if (scan.replay) outcomes.push(...(await this.replay(task, scan.replay, scan.paramsJson)));
      else outcomes.push(sandbox.run(task, scan.paramsJson));
    }
    return outcomes;
  }

  /** Every bar of the window, resuming after a bar that fails (and after a restarted instance). */
  private async replay(task: BatchTask, window: ReplayWindow, paramsJson: string): Promise<SymbolOutcome[]> {
    const { from, to } = windowBars(task.candles, window);
    const outcomes: SymbolOutcome[] = [];
    while (from + outcomes.length <= to) {
      if (this.sandbox!.broken) await this.sandbox!.recover();
      outcomes.push(...this.sandbox!.replay(task, from + outcomes.length, to, paramsJson));
    }
    return outcomes;
  }

  /** Keeps the scan's benchmark for its tasks that come without one. */
  useBenchmark(scanId: string, benchmark: PackedCandles): void {
    const scan = this.scans.get(scanId);
    if (scan) scan.benchmark = benchmark;
  }

  async validate(source: string): Promise<ReturnType<typeof validateScanner>> {
    const sandbox = await this.sandboxFor(
      this.sandbox ? (JSON.parse(this.sandboxLimits!) as SandboxLimits) : defaultSandboxLimits
    );
    this.compiledScan = null;
    return validateScanner(source, sandbox);
  }

  async release(scanId: string): Promise<void> {
    this.scans.delete(scanId);
  }

  private async sandboxFor(limits: SandboxLimits): Promise<ScannerSandbox> {
    const key = JSON.stringify(limits);
    if (this.sandbox && this.sandboxLimits === key) return this.sandbox;
    this.sandbox?.dispose();
    this.sandbox = await ScannerSandbox.create(limits);
    this.sandboxLimits = key;
    this.compiledScan = null;
    return this.sandbox;
  }
}
