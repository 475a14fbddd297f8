import { taFunctions } from '../../src-worker/ta/index.js';
import { runTaFunction } from '../../src-worker/ta/run-ta-function.js';
import { signalFunctions } from '../../src-worker/ta/signals/index.js';
import { seriesFor } from '../../src-worker/ta/signals/streaming-reference.js';
import type { TaFunctionSpec } from '../../src-worker/ta/types.js';
import type { RealSeries } from '../../src/routes/bench/bench-workload.js';
import { measured, type BenchResult } from './report.js';

const RUNS = 9;
const MAX_TIMES_EMA = 5;

/** Why an indicator may cost more than 5× EMA: work per bar that no running sum or queue removes. */
const SLOWER_BY_DESIGN: Readonly<Record<string, string>> = {
  CRSI: 'two RSIs and the percent rank of the return among the previous 100 (a sorted window: a binary search and a shift a bar)',
  RWI: 'one ATR per stretch 2…n, each read every bar (13 at the default 14)',
  IQR: 'a rolling quartile: the sorted window is updated every bar (one value out, one in)',
  MAD: "the deviation is from the window's own mean, which moves every bar, so each bar revisits its n values",
  UI: "each drawdown is from the highest close since the window's first bar, which restarts every bar, so each bar revisits n closes",
  ALMA: 'Gaussian weights that differ by position, so each bar weighs its n values',
  FRAMA: 'four highest/lowest windows, two logarithms and an exponential a bar',
  ICHIMOKU: 'three highest-high/lowest-low windows, five outputs',
  STC: 'two EMAs and two stochastic windows (four highest/lowest windows) chained',
  SQUEEZE: 'Bollinger σ, Keltner EMA and ATR, the highest/lowest range and a rolling regression, two outputs',
  WAE: 'MACD, Bollinger σ and ATR, three outputs',
  CKS: 'ATR, the highest/lowest of n bars, then the lowest/highest of the preliminary stops (four windows)',
  SMI: 'the highest/lowest of n bars and four chained EMAs',
  QQE: 'an RSI (two Wilder averages and a division) and three chained EMAs (≈5 EMA), then the trailing bands: two band updates and one or two data-dependent cross tests a bar, two outputs',
  CE: 'ATR plus the highest high and lowest low of n bars, two outputs',
  FISHER: 'the highest/lowest of n medians and a logarithm a bar',
  CHOP: 'the highest/lowest true-range window and a logarithm a bar',
  VHF: 'the highest/lowest of n closes and the running path',
  WT: 'four chained stages (three EMAs with a division, then an SMA of 4 summed afresh), two outputs',
  KST: 'eight stages: four ROCs (a division each) and four running SMAs',
  RVGI: "two 1-2-2-1 smoothings, two running sums and a division, the signal's smoothing: five stages, two outputs",
  COPPOCK: "two ROCs and a WMA whose n weighted values are summed afresh each bar, in trading-signals' order",
  EMV: "three divisions a bar and an SMA of mixed-sign values summed afresh (14 adds at the default), so it stays trading-signals' to the bit",
  AC: 'three stages: two running SMAs of hl2 and an SMA of AO summed afresh (5 adds at the default) over the bars with a non-zero AO',
  ALLIGATOR: 'three Wilder averages (three stages), three outputs',
  CG: 'a weighted and a plain sum of n values afresh each bar (the window is partial at first, as in trading-signals)',
  VIDYA: "three stages: running sums of gains and losses, the CMO's division and the adaptive EMA",
  VI: 'three running sums (two movements and the true range) and two divisions, two outputs',
  VSTOP: 'ATR and the trailing-stop logic, two outputs',
  PMO: 'three chained smoothings, two outputs',
  TSI: 'four chained EMAs',
  MI: 'two chained EMAs and a running sum of their ratio',
  HMA: 'three weighted moving averages, one of them over the other two',
  LRSI: 'a four-stage Laguerre filter per bar',
  PB: 'the three Bollinger series first (running sums of values and squares, a square root a bar), then the output from them: four series written a bar',
  BBW: 'the three Bollinger series first (running sums of values and squares, a square root a bar), then the output from them: four series written a bar'
};

/**
 * Median CPU milliseconds of one pass of `run`, each pass beside one of EMA's. CPU time rather than
 * wall time, and in alternation, so a busy machine (other processes taking the cores) moves both alike.
 */
function pairedMedians(run: () => void, ema: () => void): { cost: number; yardstick: number } {
  const time = (pass: () => void) => {
    const started = process.cpuUsage();
    pass();
    const { user, system } = process.cpuUsage(started);
    return (user + system) / 1000;
  };
  for (let warmUp = 0; warmUp < 3; warmUp++) [run, ema].forEach(time);
  const [costs, yardsticks] = [[] as number[], [] as number[]];
  for (let i = 0; i < RUNS; i++) {
    yardsticks.push(time(ema));
    costs.push(time(run));
  }
  const median = (times: number[]) => times.sort((a, b) => a - b)[RUNS >> 1];
  return { cost: median(costs), yardstick: median(yardsticks) };
}

/** One call at the default options over every real series. */
function passOf(spec: TaFunctionSpec, series: readonly RealSeries[]): () => void {
  const inputs = series.map(({ candles }) => seriesFor(spec, candles));
  const options = spec.options.map((option) => option.defaultValue);
  return () => {
    for (const input of inputs) runTaFunction(spec, input, options);
  };
}

/**
 * The cost of each trading-signals indicator per 1,000 bars, at its default options over
 * every shipped daily series, and its ratio to TA-Lib's EMA(close, 30) timed in alternation with it.
 */
export function indicatorResults(series: readonly RealSeries[]): BenchResult[] {
  const bars = series.reduce((sum, { candles }) => sum + candles.close.length, 0);
  const perThousand = (ms: number) => (ms / bars) * 1000;
  const ema = passOf(taFunctions.get('EMA')!, series);
  const emaAlone = pairedMedians(ema, ema).cost;
  return [
    measured(
      'ta.EMA per 1,000 bars (the yardstick)',
      perThousand(emaAlone),
      'ms',
      undefined,
      'TA-Lib EMA(close, 30), every real daily series'
    ),
    ...signalFunctions.map((spec) => {
      const { cost, yardstick } = pairedMedians(passOf(spec, series), ema);
      const times = cost / yardstick;
      const why = times > MAX_TIMES_EMA ? SLOWER_BY_DESIGN[spec.name] : undefined;
      return measured(
        `ta.${spec.name} per 1,000 bars`,
        perThousand(cost),
        'ms',
        { atMost: MAX_TIMES_EMA * perThousand(yardstick) },
        `${times.toFixed(1)}× EMA${why ? `; ${why}` : ''}`
      );
    })
  ];
}
