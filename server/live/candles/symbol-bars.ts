/** The one-minute bars of one symbol for one IST day, column by column (epoch seconds). */
export interface SymbolBars {
  /** IST day number (days since epoch, IST) the bars belong to. */
  day: number;
  time: number[];
  open: number[];
  high: number[];
  low: number[];
  close: number[];
  volume: number[];
  /** True where the bar was built from only part of its minute's trades (joined mid-minute, after a gap). */
  partial: boolean[];
  /** The bar still forming, or null. */
  forming: FormingBar | null;
  /** Cumulative day volume at the last tick, or null when its base is unknown. */
  lastVolume: number | null;
  lastTickTime: number;
  lastPrice: number;
}

export interface FormingBar {
  /** Minute start, epoch ms. */
  minute: number;
  open: number;
  high: number;
  low: number;
  close: number;
  volume: number;
  partial: boolean;
}

export const emptySymbolBars = (day: number): SymbolBars => ({
  day,
  time: [],
  open: [],
  high: [],
  low: [],
  close: [],
  volume: [],
  partial: [],
  forming: null,
  lastVolume: null,
  lastTickTime: 0,
  lastPrice: 0
});

/** Appends the forming bar to the closed bars (stamped with its minute start in epoch seconds). */
export function closeForming(bars: SymbolBars): void {
  const bar = bars.forming;
  if (!bar) return;
  bars.time.push(bar.minute / 1000);
  bars.open.push(bar.open);
  bars.high.push(bar.high);
  bars.low.push(bar.low);
  bars.close.push(bar.close);
  bars.volume.push(bar.volume);
  bars.partial.push(bar.partial);
  bars.forming = null;
}
