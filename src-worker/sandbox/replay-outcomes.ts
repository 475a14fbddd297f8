import { z } from 'zod';
import { withNulls, type ScannerError } from './describe-error.js';
import { rawOutcomeSchema, type SymbolOutcome } from './outcome.js';
import type { SymbolTask } from './scanner-sandbox.js';

/** What one replay call left behind: when each bar started, the matches, the error that stopped it. */
export interface ReplayTrace {
  from: number;
  /** performance.now() at the start of each bar, in order from `from`. */
  starts: number[];
  end: number;
  /** The prelude's matches as JSON: [[t, outcome], …]. */
  json: string;
  error: ScannerError | null;
  /** The wasm instance failed: the matches before the failure are lost with it. */
  crashed: boolean;
}

const entriesSchema = z.array(z.tuple([z.number().int(), z.unknown()]));

/**
 * One outcome per bar the replay reached, shaped exactly like a plain scan's
 * outcome at that bar (barTime = the bar's time, output checked by the same
 * schema and size limit); the bar that threw, if any, comes last.
 */
export function replayOutcomes(task: SymbolTask, trace: ReplayTrace, maxResultBytes: number): SymbolOutcome[] {
  const { symbol, exchange } = task;
  const { bars, packed } = task.candles;
  const { starts, from, error } = trace;
  const elapsed = (k: number) => (k + 1 < starts.length ? starts[k + 1] : trace.end) - starts[k];
  const failure = (message: string, elapsedMs: number): SymbolOutcome => ({
    kind: 'error',
    symbol,
    exchange,
    message,
    line: null,
    column: null,
    elapsedMs
  });
  if (trace.crashed) {
    const message = error?.message ?? 'the sandbox failed';
    return starts.length ? starts.map((_, k) => failure(message, elapsed(k))) : [failure(message, 0)];
  }
  const entries = new Map(entriesSchema.parse(JSON.parse(trace.json)));
  const outcomes: SymbolOutcome[] = [];
  const evaluated = error ? starts.length - 1 : starts.length;
  for (let k = 0; k < evaluated; k++) {
    const t = from + k;
    const entry = entries.get(t);
    const base = { symbol, exchange, barTime: t < bars ? packed[t] : null, logs: [], elapsedMs: elapsed(k) };
    if (entry === undefined) {
      outcomes.push({ kind: 'result', ...base, match: false, signal: null, columns: {}, formats: {} });
      continue;
    }
    const size = JSON.stringify(entry).length;
    if (size > maxResultBytes) {
      outcomes.push(failure(`the result is ${size} bytes, over the limit of ${maxResultBytes}`, base.elapsedMs));
      continue;
    }
    const parsed = rawOutcomeSchema.safeParse(entry);
    if (!parsed.success) {
      outcomes.push(
        failure(
          `the scanner's output is not valid: ${parsed.error.issues[0]?.message ?? 'unknown shape'}`,
          base.elapsedMs
        )
      );
      continue;
    }
    const raw = parsed.data;
    outcomes.push({
      kind: 'result',
      ...base,
      match: raw.match,
      signal: raw.match ? (raw.signal ?? 'CUSTOM') : null,
      columns: raw.match ? raw.columns : {},
      formats: raw.match ? raw.formats : {}
    });
  }
  if (error)
    outcomes.push({
      kind: 'error',
      symbol,
      exchange,
      ...withNulls(error),
      elapsedMs: starts.length ? elapsed(starts.length - 1) : 0
    });
  return outcomes;
}
