import { nanSeries, price, real } from '../spec-helpers.js';
import type { PriceField, TaFunctionSpec, TaInput, TaOption } from '../types.js';

/** One bar as trading-signals' indicators take it. */
export type SignalBar = Partial<Record<'open' | 'high' | 'low' | 'close' | 'volume', number>>;

/** The slice of a trading-signals indicator the adapter drives. */
export interface StreamingIndicator<Result> {
  add(input: never): Result | null;
}

export interface StreamDefinition<Result> {
  name: string;
  group: string;
  doc: string;
  /** The candle fields in TA-Lib order, or `[]` for a single `real` series. */
  fields: readonly PriceField[];
  options: readonly TaOption[];
  outputs: readonly string[];
  /** A fresh indicator for these option values (in `options` order). */
  create(options: readonly number[]): StreamingIndicator<Result>;
  /** The outputs of one bar's result, in `outputs` order. */
  read(result: Result): readonly number[];
}

const inputOf = (fields: readonly PriceField[]): TaInput =>
  fields.length === 0 ? real() : price(`inPrice${fields.map((f) => f[0].toUpperCase()).join('')}`, ...fields);

/**
 * A `ta` function that feeds trading-signals' streaming indicator one bar at a
 * time, so the batch form is by construction what a live feed would show; used
 * for the indicators whose cost per bar stays close to a moving average's.
 */
export function streamSpec<Result>(definition: StreamDefinition<Result>): TaFunctionSpec {
  const { fields, outputs } = definition;
  const spec: TaFunctionSpec = {
    name: definition.name,
    group: definition.group,
    doc: definition.doc,
    inputs: [inputOf(fields)],
    options: definition.options,
    outputs,
    integerOutputs: false,
    compute: (series, options) => {
      const n = series.length > 0 ? series[0].length : 0;
      const out = outputs.map(() => nanSeries(n));
      const indicator = definition.create(options);
      const feed = fields.length === 0 ? (i: number) => series[0][i] : barReader(fields, series);
      for (let i = 0; i < n; i++) {
        const result = indicator.add(feed(i) as never);
        if (result === null) continue;
        const values = definition.read(result);
        for (let o = 0; o < out.length; o++) out[o][i] = values[o];
      }
      return out;
    }
  };
  streamed.add(spec);
  return spec;
}

const streamed = new WeakSet<TaFunctionSpec>();

/** True for a function computed by a trading-signals class fed bar by bar (the benchmark says so next to its cost). */
export const isStreamed = (spec: TaFunctionSpec): boolean => streamed.has(spec);

function barReader(fields: readonly PriceField[], series: readonly Float64Array[]): (i: number) => SignalBar {
  return (i) => {
    const bar: SignalBar = {};
    for (let f = 0; f < fields.length; f++) bar[fields[f] as keyof SignalBar] = series[f][i];
    return bar;
  };
}
