import { unpackCandles } from '../../src-worker/candles/packed.js';
import type { BatchTask } from '../../src-worker/engine/engine-api.js';
import { taFunctions } from '../../src-worker/ta/index.js';
import { runTaFunction } from '../../src-worker/ta/run-ta-function.js';
import type { TaFunctionSpec } from '../../src-worker/ta/types.js';
import { median } from '../../src/routes/bench/median.js';

interface PlainV8Figures {
  runs: number;
  symbolsPerSecond: number;
  /** Wall time of a whole run divided by its symbols. */
  msPerSymbol: number;
  p50SymbolMs: number;
  p99SymbolMs: number;
  matches: number;
}

const spec = (name: string): TaFunctionSpec => {
  const found = taFunctions.get(name);
  if (!found) throw new Error(`no ta function ${name}`);
  return found;
};
const EMA = spec('EMA');
const RSI = spec('RSI');

const lastOf = (series: Float64Array) => series[series.length - 1];
const finiteOrNull = (value: number) => (Number.isFinite(value) ? value : null);

/** The reference scanner written directly against the `ta` specs: its Filter and its three columns. */
export function scanSymbol(task: BatchTask) {
  const { close } = unpackCandles(task.candles);
  const [fast] = runTaFunction(EMA, [close], [10]);
  const [slow] = runTaFunction(EMA, [close], [20]);
  const [rsi] = runTaFunction(RSI, [close], [14]);
  const match = lastOf(fast) > lastOf(slow) && lastOf(rsi) > 50;
  if (!match) return null;
  return {
    Close: finiteOrNull(lastOf(close)),
    RSI: finiteOrNull(lastOf(rsi)),
    'EMA spread %': finiteOrNull(((lastOf(fast) - lastOf(slow)) / lastOf(slow)) * 100)
  };
}

function timedRun(tasks: readonly BatchTask[]) {
  const symbolMs = new Float64Array(tasks.length);
  let matches = 0;
  const started = performance.now();
  tasks.forEach((task, i) => {
    const symbolStarted = performance.now();
    if (scanSymbol(task)) matches++;
    symbolMs[i] = performance.now() - symbolStarted;
  });
  return { elapsedMs: performance.now() - started, symbolMs: symbolMs.sort(), matches };
}

/**
 * Times the reference scanner as plain JavaScript on this thread's V8: the floor
 * the sandboxed engine is compared with.
 * @example measurePlainV8(tasks, { warmups: 5, runs: 9 })
 */
export function measurePlainV8(
  tasks: readonly BatchTask[],
  { warmups, runs }: { warmups: number; runs: number }
): PlainV8Figures {
  for (let i = 0; i < warmups; i++) timedRun(tasks);
  const timed = Array.from({ length: runs }, () => timedRun(tasks));
  const percentile = (symbolMs: Float64Array, p: number) =>
    symbolMs[Math.min(symbolMs.length - 1, Math.floor(p * symbolMs.length))];
  const msPerSymbol = median(timed.map((run) => run.elapsedMs / tasks.length));
  return {
    runs,
    symbolsPerSecond: 1000 / msPerSymbol,
    msPerSymbol,
    p50SymbolMs: median(timed.map((run) => percentile(run.symbolMs, 0.5))),
    p99SymbolMs: median(timed.map((run) => percentile(run.symbolMs, 0.99))),
    matches: timed[0].matches
  };
}
