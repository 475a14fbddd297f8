import { nanSeries, real } from '../spec-helpers.js';
import type { TaFunctionSpec } from '../types.js';
import { hilbertBars } from '../core/hilbert.js';

/** Bars of NaN before the phase-based HT functions have a value. */
const LOOKBACK = 63;
const RAD_TO_DEG = 45 / Math.atan(1);
const DEG_TO_RAD = 1 / RAD_TO_DEG;
const TWO_PI = Math.atan(1) * 8;

interface PhaseSeries {
  phase: Float64Array;
  sine: Float64Array;
  leadSine: Float64Array;
  trendline: Float64Array;
  trendMode: Float64Array;
}

/**
 * Dominant cycle phase and what TA-Lib derives from it (sine wave, lead sine,
 * instantaneous trendline, trend-vs-cycle mode), in one pass as TA-Lib does.
 */
function phaseSeries(x: Float64Array): PhaseSeries {
  const n = x.length;
  const out: PhaseSeries = {
    phase: nanSeries(n),
    sine: nanSeries(n),
    leadSine: nanSeries(n),
    trendline: nanSeries(n),
    trendMode: nanSeries(n)
  };
  if (n <= LOOKBACK) return out;
  const { start, smoothed, period } = hilbertBars(x, 34);
  // The smoothed price before the transform started counts as 0, like TA-Lib's zeroed buffer.
  const smoothedAt = (i: number) => (i >= start ? smoothed[i] : 0);

  let phase = 0;
  let sine = 0;
  let leadSine = 0;
  let iTrend1 = 0;
  let iTrend2 = 0;
  let iTrend3 = 0;
  let daysInTrend = 0;
  for (let today = start; today < n; today++) {
    const smoothPeriod = period[today];
    const prevPhase = phase;
    const cycle = Math.trunc(smoothPeriod + 0.5);

    // Correlate the last `cycle` smoothed prices with one sine/cosine cycle.
    let realPart = 0;
    let imagPart = 0;
    for (let i = 0; i < cycle; i++) {
      const angle = (i * TWO_PI) / cycle;
      const value = smoothedAt(today - i);
      realPart += Math.sin(angle) * value;
      imagPart += Math.cos(angle) * value;
    }
    if (Math.abs(imagPart) > 0) phase = Math.atan(realPart / imagPart) * RAD_TO_DEG;
    else if (realPart < 0) phase -= 90;
    else if (realPart > 0) phase += 90;
    phase += 90;
    // Compensates the one-bar lag of the price smoother.
    phase += 360 / smoothPeriod;
    if (imagPart < 0) phase += 180;
    if (phase > 315) phase -= 360;

    const prevSine = sine;
    const prevLeadSine = leadSine;
    sine = Math.sin(phase * DEG_TO_RAD);
    leadSine = Math.sin((phase + 45) * DEG_TO_RAD);

    // Instantaneous trendline: the raw price averaged over one cycle, then WMA-smoothed.
    let average = 0;
    for (let i = 0; i < cycle && today - i >= 0; i++) average += x[today - i];
    if (cycle > 0) average /= cycle;
    const trendline = (4 * average + 3 * iTrend1 + 2 * iTrend2 + iTrend3) / 10;
    iTrend3 = iTrend2;
    iTrend2 = iTrend1;
    iTrend1 = average;

    // Trend unless the sine lines just crossed, the phase advances at the cycle's
    // pace, or too little of a cycle passed since the last crossing; a price far
    // enough from the trendline is a trend regardless.
    let trend = 1;
    if ((sine > leadSine && prevSine <= prevLeadSine) || (sine < leadSine && prevSine >= prevLeadSine)) {
      daysInTrend = 0;
      trend = 0;
    }
    daysInTrend++;
    if (daysInTrend < 0.5 * smoothPeriod) trend = 0;
    const phaseStep = phase - prevPhase;
    if (smoothPeriod !== 0 && phaseStep > (0.67 * 360) / smoothPeriod && phaseStep < (1.5 * 360) / smoothPeriod)
      trend = 0;
    if (trendline !== 0 && Math.abs((smoothed[today] - trendline) / trendline) >= 0.015) trend = 1;

    if (today >= LOOKBACK) {
      out.phase[today] = phase;
      out.sine[today] = sine;
      out.leadSine[today] = leadSine;
      out.trendline[today] = trendline;
      out.trendMode[today] = trend;
    }
  }
  return out;
}

/** Hilbert Transform - Dominant Cycle Phase, in degrees: `ta.HT_DCPHASE(close)`. */
export const HT_DCPHASE: TaFunctionSpec = {
  name: 'HT_DCPHASE',
  group: 'Cycle Indicators',
  doc: 'Hilbert Transform - Dominant Cycle Phase',
  inputs: [real()],
  options: [],
  outputs: ['outReal'],
  integerOutputs: false,
  compute: ([x]) => [phaseSeries(x).phase]
};

/** Hilbert Transform - SineWave (sine, lead sine): `ta.HT_SINE(close)`. */
export const HT_SINE: TaFunctionSpec = {
  name: 'HT_SINE',
  group: 'Cycle Indicators',
  doc: 'Hilbert Transform - SineWave',
  inputs: [real()],
  options: [],
  outputs: ['outSine', 'outLeadSine'],
  integerOutputs: false,
  compute: ([x]) => {
    const { sine, leadSine } = phaseSeries(x);
    return [sine, leadSine];
  }
};

/** Hilbert Transform - Trend vs Cycle Mode, 1 in a trend and 0 in a cycle: `ta.HT_TRENDMODE(close)`. */
export const HT_TRENDMODE: TaFunctionSpec = {
  name: 'HT_TRENDMODE',
  group: 'Cycle Indicators',
  doc: 'Hilbert Transform - Trend vs Cycle Mode',
  inputs: [real()],
  options: [],
  outputs: ['outInteger'],
  integerOutputs: true,
  compute: ([x]) => [phaseSeries(x).trendMode]
};

/** Hilbert Transform - Instantaneous Trendline (an Overlap Study in TA-Lib): `ta.HT_TRENDLINE(close)`. */
export const HT_TRENDLINE: TaFunctionSpec = {
  name: 'HT_TRENDLINE',
  group: 'Overlap Studies',
  doc: 'Hilbert Transform - Instantaneous Trendline',
  inputs: [real()],
  options: [],
  outputs: ['outReal'],
  integerOutputs: false,
  compute: ([x]) => [phaseSeries(x).trendline]
};
