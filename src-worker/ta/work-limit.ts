import type { TaFunctionSpec } from './types.js';

/**
 * Most bars one `ta` call takes: five times the longest lookback a scanner can
 * declare (20 000 bars), far beyond any real series and small enough that every
 * one-pass indicator finishes in milliseconds.
 */
export const MAX_BARS_PER_CALL = 100_000;

/**
 * Most steps (bars × window × step cost) one call may take: about a quarter of
 * a second for the slowest window rescans, so a call cannot outlast the
 * per-symbol time limit by much.
 */
export const MAX_STEPS_PER_CALL = 50_000_000;

/**
 * Indicators run through trading-signals work on boxed numbers (~200 times a
 * typed-array step) and several rescan their window every bar; they are costed
 * that way unless their spec says otherwise.
 */
const STREAMED_INDICATOR = { rescansWindow: true, stepCost: 200 };

function costOf(spec: TaFunctionSpec): { rescansWindow: boolean; stepCost: number } {
  const streamed = spec.group.endsWith('(trading-signals)');
  return {
    rescansWindow: spec.rescansWindow ?? (streamed && STREAMED_INDICATOR.rescansWindow),
    stepCost: spec.stepCost ?? (streamed ? STREAMED_INDICATOR.stepCost : 1)
  };
}

/** The window a call rescans each bar: its periods added up (a window never spans more than the series). */
function windowOf(spec: TaFunctionSpec, options: readonly number[], bars: number): number {
  let window = 0;
  spec.options.forEach((option, i) => {
    if (option.integer && Number.isFinite(options[i]) && options[i] > 0) window += options[i];
  });
  return Math.max(1, Math.min(bars, window));
}

/** How many steps a call will take, as `MAX_STEPS_PER_CALL` counts them. */
export function callSteps(spec: TaFunctionSpec, bars: number, options: readonly number[]): number {
  const { rescansWindow, stepCost } = costOf(spec);
  return bars * (rescansWindow ? windowOf(spec, options, bars) : 1) * stepCost;
}

/**
 * Why a call is too large to run, or null when it may run; e.g.
 * `ta.AVGDEV: 300000 bars is more than one call takes (at most 100000)`.
 */
export function workLimitError(spec: TaFunctionSpec, bars: number, options: readonly number[]): string | null {
  const fn = `ta.${spec.name}`;
  if (bars > MAX_BARS_PER_CALL) return `${fn}: ${bars} bars is more than one call takes (at most ${MAX_BARS_PER_CALL})`;
  const steps = callSteps(spec, bars, options);
  if (steps <= MAX_STEPS_PER_CALL) return null;
  const { rescansWindow } = costOf(spec);
  const shape = rescansWindow ? `${bars} bars × a ${windowOf(spec, options, bars)}-bar window` : `${bars} bars`;
  return `${fn}: ${shape} is too much work for one call (${steps.toExponential(1)} steps, at most ${MAX_STEPS_PER_CALL.toExponential(0)}); use fewer bars or a shorter period`;
}
