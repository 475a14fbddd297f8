import { describe, expect, it } from 'vitest';
import { taFunctions } from './index.js';
import { runTaFunction } from './run-ta-function.js';
import type { TaFunctionSpec } from './types.js';
import { MAX_BARS_PER_CALL, MAX_STEPS_PER_CALL, callSteps, workLimitError } from './work-limit.js';

const spec = (name: string): TaFunctionSpec => taFunctions.get(name)!;
const rising = (bars: number) => Float64Array.from({ length: bars }, (_, i) => 100 + i);

describe('the work one ta call may do', () => {
  it('refuses more bars than any series needs, naming the function', () => {
    expect(() => runTaFunction(spec('AVGDEV'), [new Float64Array(300_000)], [100_000])).toThrow(
      new RangeError(`ta.AVGDEV: 300000 bars is more than one call takes (at most ${MAX_BARS_PER_CALL})`)
    );
  });

  it('refuses a window rescan of bars × period beyond the bound, and says what to change', () => {
    const message = workLimitError(spec('AVGDEV'), 50_000, [20_000]);
    expect(message).toBe(
      'ta.AVGDEV: 50000 bars × a 20000-bar window is too much work for one call (1.0e+9 steps, at most 5e+7); use fewer bars or a shorter period'
    );
    expect(() => runTaFunction(spec('LINEARREG'), [rising(50_000)], [20_000])).toThrow(
      /^ta\.LINEARREG: 50000 bars × a 20000-bar window/
    );
  });

  it('lets one-pass indicators take any period, and a rescan any period over a scanner-sized series', () => {
    expect(workLimitError(spec('SMA'), MAX_BARS_PER_CALL, [50_000])).toBeNull();
    expect(workLimitError(spec('EMA'), MAX_BARS_PER_CALL, [99_999])).toBeNull();
    expect(workLimitError(spec('MAX'), 5_000, [5_000])).toBeNull();
    expect(workLimitError(spec('STOCH'), 20_000, [14, 3, 0, 3, 0])).toBeNull();
  });

  it('counts a window no longer than the series it slides over', () => {
    expect(callSteps(spec('AVGDEV'), 1_000, [100_000])).toBe(1_000 * 1_000);
    expect(callSteps(spec('AVGDEV'), 1_000, [14])).toBe(1_000 * 14);
    expect(callSteps(spec('SMA'), 1_000, [100_000])).toBe(1_000);
  });

  it('an allowed call still answers what the function computes', () => {
    const x = rising(4_000);
    expect(callSteps(spec('AVGDEV'), x.length, [3_000])).toBeLessThanOrEqual(MAX_STEPS_PER_CALL);
    expect(runTaFunction(spec('AVGDEV'), [x], [3_000])).toEqual(spec('AVGDEV').compute([x], [3_000]));
  });

  it('costs indicators streamed through trading-signals as window rescans on boxed numbers unless they say otherwise', () => {
    const streamed: TaFunctionSpec = { ...spec('SMA'), name: 'STREAMED', group: 'Trend (trading-signals)' };
    expect(callSteps(streamed, 1_000, [50])).toBe(1_000 * 50 * 200);
    expect(callSteps({ ...streamed, rescansWindow: false, stepCost: 10 }, 1_000, [50])).toBe(1_000 * 10);
  });

  it('every function TA-Lib computes by rescanning its window is costed that way', () => {
    const rescanning = [...taFunctions.values()].filter((s) => s.rescansWindow).map((s) => s.name);
    expect(rescanning.sort()).toEqual(
      `AROON AROONOSC AVGDEV CCI DONCHIAN IMI LINEARREG LINEARREG_ANGLE LINEARREG_INTERCEPT LINEARREG_SLOPE MAX MAXINDEX MIDPOINT MIDPRICE MIN MININDEX MINMAX MINMAXINDEX STOCH STOCHF STOCHRSI TSF WILLR`.split(
        ' '
      )
    );
  });
});
