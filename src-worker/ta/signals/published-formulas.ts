/**
 * The six popular indicators written from their published formulas with plain
 * arrays and brute-force windows, as an independent check of the fast loops.
 * Every function returns NaN where the indicator has no value yet.
 */
type Line = number[];

const nans = (n: number): Line => new Array<number>(n).fill(NaN);
const window = (x: Line, end: number, n: number) => x.slice(end - n + 1, end + 1);
const mean = (x: Line) => x.reduce((a, b) => a + b, 0) / x.length;

/** Weights 1…n, newest heaviest. */
export function weightedMean(x: Line, n: number): Line {
  return x.map((_, i) =>
    i < n - 1 || x.slice(i - n + 1, i + 1).some(Number.isNaN)
      ? NaN
      : window(x, i, n).reduce((s, v, k) => s + v * (k + 1), 0) / ((n * (n + 1)) / 2)
  );
}

/** Alan Hull: WMA(2·WMA(n/2) − WMA(n), √n), halves and roots rounded down. */
export function hullMovingAverage(close: Line, n: number): Line {
  const half = weightedMean(close, Math.floor(n / 2));
  const full = weightedMean(close, n);
  return weightedMean(
    close.map((_, i) => 2 * half[i] - full[i]),
    Math.floor(Math.sqrt(n))
  );
}

/** Goichi Hosoda's lines, unshifted: midpoints of the n-bar range, span A their mean. */
export function ichimoku(high: Line, low: Line, close: Line, conversion: number, base: number, spanB: number): Line[] {
  const start = Math.max(conversion, base, spanB) - 1;
  const mid = (i: number, n: number) => (Math.max(...window(high, i, n)) + Math.min(...window(low, i, n))) / 2;
  const lines = [nans(close.length), nans(close.length), nans(close.length), nans(close.length), nans(close.length)];
  for (let i = start; i < close.length; i++) {
    lines[0][i] = mid(i, conversion);
    lines[1][i] = mid(i, base);
    lines[2][i] = (lines[0][i] + lines[1][i]) / 2;
    lines[3][i] = mid(i, spanB);
    lines[4][i] = close[i];
  }
  return lines;
}

/** Marc Chaikin: Σ MFV / Σ volume, MFV = ((C − L) − (H − C)) / (H − L) × V, 0 when H = L. */
export function chaikinMoneyFlow(high: Line, low: Line, close: Line, volume: Line, n: number): Line {
  const flow = close.map((c, i) =>
    high[i] === low[i] ? 0 : ((c - low[i] - (high[i] - c)) / (high[i] - low[i])) * volume[i]
  );
  return close.map((_, i) => {
    if (i < n - 1) return NaN;
    const volumes = window(volume, i, n).reduce((a, b) => a + b, 0);
    return volumes === 0 ? 0 : window(flow, i, n).reduce((a, b) => a + b, 0) / volumes;
  });
}

/** Volume over the mean volume of the n bars before it. */
export function relativeVolume(volume: Line, n: number): Line {
  return volume.map((v, i) => (i < n ? NaN : v / mean(volume.slice(i - n, i))));
}

/** Wilder's ATR with the first bar's true range taken as its high − low and an SMA seed. */
export function wilderAtr(high: Line, low: Line, close: Line, n: number): Line {
  const tr = close.map((_, i) =>
    i === 0 ? high[0] - low[0] : Math.max(high[i], close[i - 1]) - Math.min(low[i], close[i - 1])
  );
  const atr = nans(close.length);
  for (let i = n - 1; i < close.length; i++)
    atr[i] = i === n - 1 ? mean(tr.slice(0, n)) : atr[i - 1] + (tr[i] - atr[i - 1]) / n;
  return atr;
}

/** Charles Le Beau: highest high − m·ATR (long), lowest low + m·ATR (short). */
export function chandelierExit(high: Line, low: Line, close: Line, n: number, m: number): Line[] {
  const atr = wilderAtr(high, low, close, n);
  return [
    close.map((_, i) => (i < n - 1 ? NaN : Math.max(...window(high, i, n)) - m * atr[i])),
    close.map((_, i) => (i < n - 1 ? NaN : Math.min(...window(low, i, n)) + m * atr[i]))
  ];
}

/**
 * John Carter's TTM Squeeze: on while Bollinger(n, bb, population σ) is inside
 * Keltner(EMA(n) seeded with the first close, kc·ATR(n)); momentum is the least-squares
 * line through close − (Donchian midpoint + SMA) / 2 over n bars, at its newest point.
 */
export function ttmSqueeze(high: Line, low: Line, close: Line, n: number, bb: number, kc: number): Line[] {
  const atr = wilderAtr(high, low, close, n);
  const ema: Line = [];
  close.forEach((c, i) => ema.push(i === 0 ? c : c * (2 / (n + 1)) + ema[i - 1] * (1 - 2 / (n + 1))));
  const distance = close.map((c, i) =>
    i < n - 1
      ? NaN
      : c - ((Math.max(...window(high, i, n)) + Math.min(...window(low, i, n))) / 2 + mean(window(close, i, n))) / 2
  );
  const on = nans(close.length);
  const momentum = nans(close.length);
  for (let i = 2 * n - 2; i < close.length; i++) {
    const values = window(close, i, n);
    const sigma = Math.sqrt(mean(values.map((v) => (v - mean(values)) ** 2)));
    const inside = mean(values) + bb * sigma < ema[i] + kc * atr[i] && mean(values) - bb * sigma > ema[i] - kc * atr[i];
    on[i] = inside ? 1 : 0;
    const ys = window(distance, i, n);
    const xMean = (n - 1) / 2;
    const slope =
      ys.reduce((s, y, x) => s + (x - xMean) * (y - mean(ys)), 0) / ys.reduce((s, _, x) => s + (x - xMean) ** 2, 0);
    momentum[i] = mean(ys) + slope * (n - 1 - xMean);
  }
  return [on, momentum];
}
