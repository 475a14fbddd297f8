import type { QuickJSContext, QuickJSHandle, QuickJSRuntime, QuickJSWASMModule } from 'quickjs-emscripten-core';
import { taFunctions } from '../ta/index.js';
import { describeError, withNulls, type ScannerError } from './describe-error.js';
import { heapLimitBytes, type SandboxLimits } from './limits.js';
import { rawOutcomeSchema, type SymbolOutcome } from './outcome.js';
import { PRELUDE_SOURCE, wrapScannerSource } from './prelude.js';
import { createQuickJSInstance } from './quickjs-instance.js';
import { replayOutcomes, type ReplayTrace } from './replay-outcomes.js';
import { createTaHostFunction, describeTaFunctions } from './ta-bridge.js';
import { createTaMemoHostFunction, TaMemo } from './ta-memo.js';
import { mayWriteIntoArrays } from './array-writes.js';
import { useLeanHostCalls } from './lean-host-calls.js';
import { reachesBinding } from './source-reach.js';
import { bytesOf, newArrayBufferOf } from './wasm-bytes.js';
import { StringHandles } from './string-handles.js';
import { PACKED_FIELDS, type PackedCandles } from '../candles/packed.js';
import { createTfHostFunction } from '../timeframes/tf-host-function.js';
import { TimeframeMemo } from '../timeframes/timeframe-memo.js';
import { BenchmarkMemo } from '../benchmark/benchmark-memo.js';

/** One symbol to scan: its candles packed in PACKED_FIELDS order. */
export interface SymbolTask {
  symbol: string;
  exchange: string;
  interval: string;
  candles: PackedCandles;
  /** The symbol's industry from the NSE list files; null or absent when unknown. */
  industry?: string | null;
  /** The scan's benchmark index candles (the same for every symbol); absent when there is none. */
  benchmark?: PackedCandles | null;
}

export type { ScannerError } from './describe-error.js';

const TA_SPECS = [...taFunctions.values()];
const TA_DESCRIPTION = describeTaFunctions(TA_SPECS);

/** The task's candle columns in PACKED_FIELDS order (views, no copy). */
const fieldsOf = ({ candles: { bars, packed } }: SymbolTask) =>
  Array.from({ length: 7 }, (_, i) => packed.subarray(i * bars, (i + 1) * bars));

/** One QuickJS context with the prelude loaded and (after `compile`) one scanner. */
interface LoadedContext {
  runtime: QuickJSRuntime;
  vm: QuickJSContext;
  api: QuickJSHandle;
  run: QuickJSHandle;
  replay: QuickJSHandle;
  scanner: QuickJSHandle | null;
  strings: StringHandles;
}

/**
 * Runs one scanner over symbols inside QuickJS, one call per symbol, with a time
 * limit per symbol and a memory cap per instance. A scanner failure is returned as
 * that symbol's error; if the instance itself breaks (heap exhausted, wasm trap) it
 * is rebuilt and the next symbol runs as if nothing happened.
 */
export class ScannerSandbox {
  private module: QuickJSWASMModule;
  private context: LoadedContext;
  private source: string | null = null;
  /** The compiled scanner provably writes into no array it was handed (a replay may skip checking its inputs). */
  private readOnly = false;
  /** Bit i set when the compiled scanner can reach candle field i (PACKED_FIELDS order): a replay copies only those each bar. */
  private fieldMask = 0x7f;
  private deadline = 0;
  /** While replaying: the symbol's memoised `ta` results and when each bar started. */
  private memo: TaMemo | null = null;
  /** The last replay's memo use: `ta` calls answered from it, and full-history computations. */
  lastReplayMemo = { answered: 0, computed: 0 };
  private trace: ReplayTrace | null = null;
  /** The current symbol's resampled timeframes for `tf()`. */
  private timeframes: TimeframeMemo | null = null;
  /** The current symbol's industry for `industry`. */
  private industry: string | null = null;
  /** The current symbol's aligned benchmark for `benchmark`. */
  private benchmark: BenchmarkMemo | null = null;
  /** Set when the wasm instance failed; `recover()` replaces it before the next symbol. */
  broken = false;

  private constructor(
    module: QuickJSWASMModule,
    private readonly limits: SandboxLimits
  ) {
    this.module = module;
    this.context = this.loadContext();
  }

  /** A sandbox with its own memory-capped QuickJS instance. */
  static async create(limits: SandboxLimits): Promise<ScannerSandbox> {
    return new ScannerSandbox(await createQuickJSInstance(limits), limits);
  }

  /** Compiles scanner source once; syntax errors come back with the user's line and column. */
  compile(source: string): { ok: true } | { error: ScannerError } {
    this.releaseScanner();
    this.source = source;
    const { vm } = this.context;
    this.deadline = Date.now() + this.limits.timeoutMs;
    const result = vm.evalCode(wrapScannerSource(source), 'scanner.js');
    if (result.error) {
      const error = describeError(vm, result.error, this.limits);
      result.error.dispose();
      this.source = null;
      return { error };
    }
    this.context.scanner = result.value;
    this.readOnly = !mayWriteIntoArrays(source);
    this.fieldMask = PACKED_FIELDS.reduce(
      (mask, field, i) => (reachesBinding(source, field) ? mask | (1 << i) : mask),
      0
    );
    const unbalanced = this.checkBody(source);
    if (unbalanced) {
      this.releaseScanner();
      this.source = null;
      return { error: { message: `the scanner is not a complete function body: ${unbalanced}` } };
    }
    return { ok: true };
  }

  /** Runs the compiled scanner on one symbol. Never throws for anything the scanner does. */
  run(task: SymbolTask, paramsJson: string): SymbolOutcome {
    const started = performance.now();
    const elapsed = () => performance.now() - started;
    const { symbol, exchange } = task;
    if (this.broken || !this.context.scanner) {
      return {
        kind: 'error',
        symbol,
        exchange,
        message: 'no scanner compiled',
        line: null,
        column: null,
        elapsedMs: 0
      };
    }
    let json: string;
    try {
      this.timeframes = new TimeframeMemo(fieldsOf(task), task.interval);
      this.industry = task.industry ?? null;
      this.benchmark = task.benchmark ? new BenchmarkMemo(fieldsOf(task)[0], task.benchmark) : null;
      const outcome = this.callRun(task, paramsJson);
      if ('error' in outcome) {
        return { kind: 'error', symbol, exchange, ...withNulls(outcome.error), elapsedMs: elapsed() };
      }
      json = outcome.json;
    } catch (crash) {
      // The wasm instance itself failed (e.g. it hit its hard memory cap): start a new one.
      this.broken = true;
      const reason = crash instanceof Error ? crash.message : String(crash);
      const message = /call stack/i.test(reason)
        ? 'stack overflow: too much recursion (the sandbox was restarted)'
        : `the sandbox failed (${reason}) and was restarted`;
      return { kind: 'error', symbol, exchange, message, line: null, column: null, elapsedMs: elapsed() };
    }
    if (json.length > this.limits.maxResultBytes) {
      const message = `the result is ${json.length} bytes, over the limit of ${this.limits.maxResultBytes}`;
      return { kind: 'error', symbol, exchange, message, line: null, column: null, elapsedMs: elapsed() };
    }
    const parsed = rawOutcomeSchema.safeParse(JSON.parse(json));
    if (!parsed.success) {
      const message = `the scanner's output is not valid: ${parsed.error.issues[0]?.message ?? 'unknown shape'}`;
      return { kind: 'error', symbol, exchange, message, line: null, column: null, elapsedMs: elapsed() };
    }
    const raw = parsed.data;
    const { bars, packed } = task.candles;
    return {
      kind: 'result',
      symbol,
      exchange,
      match: raw.match,
      signal: raw.match ? (raw.signal ?? 'CUSTOM') : null,
      columns: raw.match ? raw.columns : {},
      formats: raw.match ? raw.formats : {},
      barTime: bars > 0 ? packed[bars - 1] : null,
      logs: raw.logs,
      elapsedMs: elapsed()
    };
  }

  /**
   * Evaluates the compiled scanner at bars `from…to` of one symbol, each as a plain
   * scan of the history cut at that bar would (bars 0…t, nothing after). Returns one
   * outcome per bar, stopping after the first bar that fails; the caller resumes at
   * the next bar (after `recover()` if the instance broke).
   */
  replay(task: SymbolTask, from: number, to: number, paramsJson: string): SymbolOutcome[] {
    const { symbol, exchange } = task;
    if (this.broken || !this.context.scanner) {
      return [
        { kind: 'error', symbol, exchange, message: 'no scanner compiled', line: null, column: null, elapsedMs: 0 }
      ];
    }
    const fields = fieldsOf(task);
    this.memo = new TaMemo(TA_SPECS, fields);
    this.timeframes = new TimeframeMemo(fields, task.interval);
    this.industry = task.industry ?? null;
    this.benchmark = task.benchmark ? new BenchmarkMemo(fields[0], task.benchmark) : null;
    const trace: ReplayTrace = { from, starts: [], end: 0, json: '[]', error: null, crashed: false };
    this.trace = trace;
    try {
      this.callReplay(task, from, to, paramsJson, trace);
    } catch (crash) {
      this.broken = true;
      const reason = crash instanceof Error ? crash.message : String(crash);
      trace.error = { message: `the sandbox failed (${reason}) and was restarted` };
      trace.crashed = true;
    } finally {
      trace.end = performance.now();
      this.lastReplayMemo = this.memo.stats;
      this.memo = null;
      this.trace = null;
    }
    return replayOutcomes(task, trace, this.limits.maxResultBytes);
  }

  /** Replaces a failed wasm instance with a fresh one and recompiles the scanner. */
  async recover(): Promise<void> {
    if (!this.broken) return;
    // The failed instance cannot be disposed safely; it is dropped for the GC to collect.
    this.module = await createQuickJSInstance(this.limits);
    this.context = this.loadContext();
    this.broken = false;
    if (this.source !== null) this.compile(this.source);
  }

  /** Frees the QuickJS context and runtime. */
  dispose(): void {
    if (!this.broken) this.disposeContext();
  }

  private callRun(task: SymbolTask, paramsJson: string): { json: string } | { error: ScannerError } {
    const { vm, api, run, scanner, strings } = this.context;
    const { bars, packed } = task.candles;
    const fresh = [newArrayBufferOf(vm, bytesOf(packed)), vm.newNumber(bars), vm.newString(task.symbol)];
    const kept = strings.get(task.exchange, task.interval, paramsJson);
    this.deadline = Date.now() + this.limits.timeoutMs;
    const result = vm.callFunction(run, api, scanner!, ...fresh, ...kept);
    for (const handle of fresh) handle.dispose();
    if (result.error) {
      const error = describeError(vm, result.error, this.limits);
      result.error.dispose();
      // Out of memory or stack can leave QuickJS's heap in a poor state: start a clean context.
      if (/out of memory|stack overflow/i.test(error.message)) this.reloadContext();
      return { error };
    }
    const json = vm.getString(result.value);
    result.value.dispose();
    return { json };
  }

  private callReplay(task: SymbolTask, from: number, to: number, paramsJson: string, trace: ReplayTrace): void {
    const { vm, api, replay, scanner, strings } = this.context;
    const { bars, packed } = task.candles;
    const fresh = [
      newArrayBufferOf(vm, bytesOf(packed)),
      vm.newNumber(bars),
      vm.newNumber(from),
      vm.newNumber(to),
      vm.newString(task.symbol)
    ];
    const kept = strings.get(task.exchange, task.interval, paramsJson);
    const flags = [vm.newNumber(this.readOnly ? 1 : 0), vm.newNumber(this.fieldMask)];
    this.deadline = Date.now() + this.limits.timeoutMs;
    const result = vm.callFunction(replay, api, scanner!, ...fresh, ...kept, ...flags);
    for (const handle of [...fresh, ...flags]) handle.dispose();
    if (!result.error) {
      trace.json = vm.getString(result.value);
      result.value.dispose();
      return;
    }
    trace.error = describeError(vm, result.error, this.limits);
    result.error.dispose();
    this.deadline = Date.now() + this.limits.timeoutMs;
    trace.json = vm.unwrapResult(vm.callMethod(api, 'replayMatches', [])).consume((handle) => vm.getString(handle));
    if (/out of memory|stack overflow/i.test(trace.error.message)) this.reloadContext();
  }

  /** Empty when `source` parses as a function body by itself; else the parser's message. */
  private checkBody(source: string): string {
    const { vm, api } = this.context;
    const text = vm.newString(source);
    const result = vm.callMethod(api, 'checkBody', [text]);
    text.dispose();
    return vm.unwrapResult(result).consume((handle) => vm.getString(handle));
  }

  private loadContext(): LoadedContext {
    const runtime = this.module.newRuntime();
    runtime.setMemoryLimit(heapLimitBytes(this.limits));
    runtime.setMaxStackSize(this.limits.stackBytes);
    runtime.setInterruptHandler(() => Date.now() > this.deadline);
    const vm = runtime.newContext();
    useLeanHostCalls(vm);
    this.deadline = Date.now() + 10_000;
    const factory = vm.unwrapResult(vm.evalCode(PRELUDE_SOURCE, 'prelude.js'));
    const hosts = [
      createTaHostFunction(vm, TA_SPECS, () => Date.now() > this.deadline),
      vm.newString(TA_DESCRIPTION),
      createTaMemoHostFunction(vm, () => this.memo),
      vm.newFunction('hostTick', () => {
        // Each replayed bar gets the whole time limit, like a symbol in a plain scan.
        this.deadline = Date.now() + this.limits.timeoutMs;
        this.trace?.starts.push(performance.now());
      }),
      createTfHostFunction(vm, () => this.timeframes),
      vm.newFunction('hostIndustry', () => (this.industry === null ? vm.null : vm.newString(this.industry))),
      vm.newFunction('hostBenchmark', (barsHandle) => {
        const view = this.benchmark?.view(vm.getNumber(barsHandle));
        return view ? newArrayBufferOf(vm, bytesOf(view)) : vm.null;
      })
    ];
    const api = vm.unwrapResult(vm.callFunction(factory, vm.undefined, ...hosts));
    factory.dispose();
    for (const handle of hosts) handle.dispose();
    const run = vm.getProp(api, 'run');
    const replay = vm.getProp(api, 'replay');
    return { runtime, vm, api, run, replay, scanner: null, strings: new StringHandles(vm) };
  }

  private releaseScanner(): void {
    this.context.scanner?.dispose();
    this.context.scanner = null;
  }

  private disposeContext(): void {
    this.releaseScanner();
    this.context.strings.dispose();
    this.context.run.dispose();
    this.context.replay.dispose();
    this.context.api.dispose();
    this.context.vm.dispose();
    this.context.runtime.dispose();
  }

  private reloadContext(): void {
    this.disposeContext();
    this.context = this.loadContext();
    if (this.source !== null) this.compile(this.source);
  }
}
