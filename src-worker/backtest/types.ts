import type { Cell } from '../sandbox/outcome.js';

/** Returns, MFE and MAE by horizon (bars after the signal); null when the bar t + h is not loaded. */
export type ByHorizon = Record<string, number | null>;

/** One bar where the scanner matched, with what happened next. Percentages: 2.5 means +2.5 %. */
export interface BacktestEvent {
  symbol: string;
  exchange: string;
  /** Epoch seconds of the signal bar t. */
  barTime: number;
  signal: string;
  columns: Record<string, Cell>;
  /** Open of bar t + 1, the first price one could trade at; null when t is the last loaded bar. */
  entry: number | null;
  returns: ByHorizon;
  /** Best excursion from entry over bars t+1…t+h (from highs, or lows for shorts). */
  mfe: ByHorizon;
  /** Worst excursion from entry over bars t+1…t+h (from lows, or highs for shorts). */
  mae: ByHorizon;
  /** The event's return minus the benchmark's over the same bars, sign-adjusted for shorts. */
  excess?: ByHorizon;
}

/** Statistics of one horizon's returns (null when no event has that horizon). */
export interface HorizonSummary {
  events: number;
  /** Share of events with a positive return, in %. */
  winRate: number | null;
  mean: number | null;
  median: number | null;
  p10: number | null;
  p25: number | null;
  p75: number | null;
  p90: number | null;
  meanMfe: number | null;
  meanMae: number | null;
  /** Present when a benchmark was given. */
  meanExcess?: number | null;
}

export interface BacktestSummary {
  horizons: Record<string, HorizonSummary>;
  /** Events that come within h bars of an earlier counted signal on the same symbol, per horizon. */
  repeats: Record<string, number>;
  /** The statistics counting only the first signal of each such run. */
  firstOnly: Record<string, HorizonSummary>;
  notes: string[];
}

export interface HitsOnDay {
  /** IST date, YYYY-MM-DD. */
  date: string;
  hits: number;
  benchmarkClose?: number;
}
