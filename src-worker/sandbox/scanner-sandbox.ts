import type { QuickJSContext, QuickJSHandle, QuickJSRuntime, QuickJSWASMModule } from 'quickjs-emscripten-core';
import type { PackedCandles } from '../candles/packed.js';
import { taFunctions } from '../ta/index.js';
import { heapLimitBytes, type SandboxLimits } from './limits.js';
import { rawOutcomeSchema, type SymbolOutcome } from './outcome.js';
import { PRELUDE_SOURCE, wrapScannerSource } from './prelude.js';
import { createQuickJSInstance } from './quickjs-instance.js';
import { locateInScanner, type SourceLocation } from './source-location.js';
import { createTaHostFunction, describeTaFunctions } from './ta-bridge.js';

/** One symbol to scan: its candles packed in PACKED_FIELDS order. */
export interface SymbolTask {
  symbol: string;
  exchange: string;
  interval: string;
  candles: PackedCandles;
}

export interface ScannerError extends Partial<SourceLocation> {
  message: string;
}

const TA_SPECS = [...taFunctions.values()];
const TA_DESCRIPTION = describeTaFunctions(TA_SPECS);

/** One QuickJS context with the prelude loaded and (after `compile`) one scanner. */
interface LoadedContext {
  runtime: QuickJSRuntime;
  vm: QuickJSContext;
  api: QuickJSHandle;
  run: QuickJSHandle;
  scanner: QuickJSHandle | null;
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
  private deadline = 0;
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
      return { kind: 'error', symbol, exchange, message: 'no scanner compiled', line: null, column: null, elapsedMs: 0 };
    }
    let json: string;
    try {
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
    const { vm, api, run, scanner } = this.context;
    const { bars, packed } = task.candles;
    // newArrayBuffer copies exactly the bytes given, so a view into a larger buffer is fine.
    const bytes = packed.byteOffset === 0 && packed.byteLength === packed.buffer.byteLength ? packed.buffer : packed.slice().buffer;
    const args = [
      scanner!,
      vm.newArrayBuffer(bytes as ArrayBuffer),
      vm.newNumber(bars),
      vm.newString(task.symbol),
      vm.newString(task.exchange),
      vm.newString(task.interval),
      vm.newString(paramsJson)
    ];
    this.deadline = Date.now() + this.limits.timeoutMs;
    const result = vm.callFunction(run, api, ...args);
    for (const handle of args.slice(1)) handle.dispose();
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
    this.deadline = Date.now() + 10_000;
    const factory = vm.unwrapResult(vm.evalCode(PRELUDE_SOURCE, 'prelude.js'));
    const hostTa = createTaHostFunction(vm, TA_SPECS);
    const description = vm.newString(TA_DESCRIPTION);
    const api = vm.unwrapResult(vm.callFunction(factory, vm.undefined, hostTa, description));
    factory.dispose();
    hostTa.dispose();
    description.dispose();
    const run = vm.getProp(api, 'run');
    return { runtime, vm, api, run, scanner: null };
  }

  private releaseScanner(): void {
    this.context.scanner?.dispose();
    this.context.scanner = null;
  }

  private disposeContext(): void {
    this.releaseScanner();
    this.context.run.dispose();
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

function withNulls(error: ScannerError) {
  return { message: error.message, line: error.line ?? null, column: error.column ?? null };
}

/** Turns a QuickJS exception into a message with the user's line and column. */
function describeError(vm: QuickJSContext, handle: QuickJSHandle, limits: SandboxLimits): ScannerError {
  const dumped: unknown = vm.dump(handle);
  const error = (typeof dumped === 'object' && dumped !== null ? dumped : { message: String(dumped) }) as Record<string, unknown>;
  const name = typeof error.name === 'string' ? error.name : 'Error';
  const rawMessage = typeof error.message === 'string' ? error.message : String(dumped);
  const location = locateInScanner(error.stack, error.lineNumber);
  const message =
    name === 'InternalError' && rawMessage === 'interrupted'
      ? `time limit exceeded: the scanner ran longer than ${limits.timeoutMs} ms on this symbol`
      : /out of memory/i.test(rawMessage)
        ? `memory limit exceeded: the scanner used more than ${Math.round(heapLimitBytes(limits) / 1048576)} MiB`
        : /stack overflow/i.test(rawMessage)
          ? 'stack overflow: too much recursion'
          : `${name}: ${rawMessage}`;
  return location ? { message, ...location } : { message };
}
