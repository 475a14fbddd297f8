import { BENCHMARK_SOURCE } from '../benchmark/prelude-benchmark.js';
import { TF_SOURCE } from '../timeframes/prelude-tf.js';
import { REPLAY_SOURCE } from './prelude-replay.js';
import { reachesBinding } from './source-reach.js';

/**
 * The JavaScript that runs once inside each QuickJS context before any scanner:
 * the `ta` wrappers, the trader helpers, the per-symbol runner, and the lockdown
 * that freezes every reachable built-in so nothing one symbol writes can be seen
 * by the next.
 *
 * It is a string because it executes inside QuickJS, not in the host: it must be
 * plain ES2020 with no imports and no transpiler helpers.
 *
 * Calling convention with the host:
 * - `hostTa(id, packedBuffer)` — packed = [options..., series0..., series1...];
 *   returns one ArrayBuffer holding the outputs one after another.
 * - `__fluxscan.run(scanner, buffer, bars, symbol, exchange, interval, paramsJson)`
 *   returns a JSON string: {kind:'ok', returned, Filter, signal, signal_type,
 *   metrics, columns, formats, logs} or throws the scanner's error.
 * - `hostMemo`, `hostTick` and `__fluxscan.replay`: see prelude-replay.ts; `hostTf`: see prelude-tf.ts.
 * - `hostIndustry()` returns the current symbol's industry or null; `hostBenchmark`: see prelude-benchmark.ts.
 */
export const PRELUDE_SOURCE = String.raw`
(function (hostTa, specsJson, hostMemo, hostTick, hostTf, hostIndustry, hostBenchmark) {
  'use strict';
  const specs = JSON.parse(specsJson);

  const isSeries = (x) => x instanceof Float64Array;
  const asSeries = (x, where) => {
    if (isSeries(x)) return x;
    if (ArrayBuffer.isView(x) || Array.isArray(x)) return Float64Array.from(x, Number);
    throw new TypeError(where + ' must be a series (an array of numbers), got ' + (x === null ? 'null' : typeof x));
  };

  function invalidOption(fn, option, given) {
    const [name, , min, max, integer] = option;
    return new RangeError(fn + ': ' + name + ' must be ' + (integer ? 'an integer' : 'a number') + ' between ' + min + ' and ' + max + ', got ' + String(given));
  }

  // Fills packed[0..options.length) from positional numbers or one {keyword: value} object.
  function readOptions(fn, options, args, first, packed) {
    const extra = args.length - first;
    const named = extra === 1 && args[first] !== null && typeof args[first] === 'object' && !ArrayBuffer.isView(args[first]) && !Array.isArray(args[first]);
    if (named) {
      for (const key of Object.keys(args[first])) {
        if (!options.some((o) => o[0] === key)) {
          throw new TypeError(fn + ': unknown option "' + key + '"' + (options.length ? ' (takes ' + options.map((o) => o[0]).join(', ') + ')' : ' (takes no options)'));
        }
      }
    } else if (extra > options.length) {
      throw new TypeError(fn + ' takes at most ' + options.length + ' option(s), got ' + extra);
    }
    for (let i = 0; i < options.length; i++) {
      const option = options[i];
      const given = named ? args[first][option[0]] : args[first + i];
      const value = given === undefined || given === null ? option[1] : given;
      if (typeof value !== 'number' || !(value >= option[2] && value <= option[3]) || (option[4] && !Number.isInteger(value))) {
        throw invalidOption(fn, option, given);
      }
      packed[i] = value;
    }
  }

  const ta = {};
  for (const [name, seriesCount, options, outputCount, id] of specs) {
    const fn = 'ta.' + name;
    const optionCount = options.length;
    ta[name] = function (...args) {
      if (args.length < seriesCount) throw new TypeError(fn + ' needs ' + seriesCount + ' series, got ' + args.length);
      if (replayBars !== 0) {
        const hit = memoised(fn, id, options, seriesCount, outputCount, args);
        if (hit !== undefined) return hit;
      }
      const first = isSeries(args[0]) ? args[0] : asSeries(args[0], fn + ' argument 1');
      const bars = first.length;
      const packed = new Float64Array(optionCount + seriesCount * bars);
      readOptions(fn, options, args, seriesCount, packed);
      packed.set(first, optionCount);
      for (let s = 1; s < seriesCount; s++) {
        const series = isSeries(args[s]) ? args[s] : asSeries(args[s], fn + ' argument ' + (s + 1));
        if (series.length !== bars) throw new RangeError(fn + ': all series must have the same length (' + bars + ' vs ' + series.length + ')');
        packed.set(series, optionCount + s * bars);
      }
      const out = hostTa(id, packed.buffer);
      if (outputCount === 1) return new Float64Array(out);
      const outputs = [];
      for (let o = 0; o < outputCount; o++) outputs.push(new Float64Array(out, o * bars * 8, bars));
      return outputs;
    };
  }

  // ---- helpers traders expect; "bars ago" counts back from the newest bar ----
  const valueAt = (x, barsAgo) => (typeof x === 'number' ? x : x[x.length - 1 - barsAgo]);
  const num = (v) => (v === undefined ? NaN : v);
  /** Value k bars before the newest: last(close) is today's close, last(close, 1) yesterday's. */
  const last = (x, k = 0) => num(valueAt(x, k));
  /** The series shifted back by k bars (NaN where there is no earlier bar), like AmiBroker's Ref(x, -k). */
  const ref = (x, k) => {
    const s = asSeries(x, 'ref');
    const out = new Float64Array(s.length).fill(NaN);
    for (let i = k; i < s.length; i++) out[i] = s[i - k];
    return out;
  };
  /** True when a crossed above b on the newest bar (b may be a number). */
  const crossover = (a, b) => last(a, 1) <= last(b, 1) && last(a) > last(b);
  /** True when a crossed below b on the newest bar (b may be a number). */
  const crossunder = (a, b) => last(a, 1) >= last(b, 1) && last(a) < last(b);
  const cross = crossover;
  function window(x, n, offset, where) {
    const s = asSeries(x, where);
    const end = s.length - (offset || 0);
    return s.subarray(Math.max(0, end - n), Math.max(0, end));
  }
  /** Highest value of the n bars ending offset bars ago: highest(high, 20, 1) is the prior 20-day high. */
  const highest = (x, n, offset = 0) => window(x, n, offset, 'highest').reduce((m, v) => (v > m ? v : m), -Infinity);
  /** Lowest value of the n bars ending offset bars ago. */
  const lowest = (x, n, offset = 0) => window(x, n, offset, 'lowest').reduce((m, v) => (v < m ? v : m), Infinity);
  /** Mean of the n bars ending offset bars ago. */
  const average = (x, n, offset = 0) => {
    const w = window(x, n, offset, 'average');
    return w.length ? w.reduce((t, v) => t + v, 0) / w.length : NaN;
  };
  /** Newest value minus the value k bars ago. */
  const change = (x, k = 1) => last(x) - last(x, k);
  /** Percent change from k bars ago to the newest bar. */
  const percentChange = (x, k = 1) => ((last(x) - last(x, k)) / last(x, k)) * 100;
  /** True when the series rose on each of the last n bars. */
  const rising = (x, n = 1) => { for (let i = 0; i < n; i++) if (!(last(x, i) > last(x, i + 1))) return false; return true; };
  /** True when the series fell on each of the last n bars. */
  const falling = (x, n = 1) => { for (let i = 0; i < n; i++) if (!(last(x, i) < last(x, i + 1))) return false; return true; };
  /** Bars since the condition series was last truthy (0 = on the newest bar), NaN if never. */
  const barsSince = (condition) => { for (let i = condition.length - 1; i >= 0; i--) if (condition[i]) return condition.length - 1 - i; return NaN; };
  /** The value, or the fallback when it is NaN, null or undefined. */
  const nz = (v, fallback = 0) => (v === undefined || v === null || Number.isNaN(v) ? fallback : v);

${TF_SOURCE}
${BENCHMARK_SOURCE}
  const helpers = {
    /** The symbol's industry from the NSE list files (a string), or null when unknown. */
    get industry() { return hostIndustry(); },
    /** The scan's benchmark index aligned to this symbol's bars (like tf()'s result), or null when there is none. */
    get benchmark() { return benchmarkSeries(); },
    rs, rsRating, mansfieldRS,
    tf, last, ref, cross, crossover, crossunder, highest, lowest, average, change, percentChange, rising, falling, barsSince, nz };

  // ---- per-symbol state, reset by run() ----
  let columns = null;
  let formats = null;
  let logs = null;
  let captured = null;
  const MAX_COLUMNS = 64;
  const MAX_LOG_LINES = 50;
  function AddColumn(name, value, format) {
    if (typeof name !== 'string' || name === '') throw new TypeError('AddColumn: the column name must be a non-empty string');
    if (!(name in columns) && Object.keys(columns).length >= MAX_COLUMNS) throw new RangeError('AddColumn: at most ' + MAX_COLUMNS + ' columns');
    columns[name] = cell(value, 'AddColumn("' + name + '")');
    if (format !== undefined) formats[name] = String(format);
  }
  function cell(value, where) {
    if (ArrayBuffer.isView(value) || Array.isArray(value)) value = value[value.length - 1];
    if (value === undefined || value === null) return null;
    if (typeof value === 'number') return Number.isFinite(value) ? value : null;
    if (typeof value === 'boolean') return value;
    if (typeof value === 'string') return value.length > 500 ? value.slice(0, 500) : value;
    throw new TypeError(where + ' must be a number, string or boolean, got ' + typeof value);
  }
  const show = (v) => (typeof v === 'string' ? v : ArrayBuffer.isView(v) ? '[' + Array.prototype.slice.call(v, -5).join(', ') + '] (last 5 of ' + v.length + ')' : JSON.stringify(v));
  const console = { log: function () { if (logs.length < MAX_LOG_LINES) logs.push(Array.prototype.map.call(arguments, show).join(' ')); } };
  const capture = (Filter, signal, signal_type, metrics, Rank) => { captured = { Filter, signal, signal_type, metrics, Rank }; };

  // A match's Rank score becomes its Rank column; the coordinator ranks across symbols.
  function outcomeOf(returned) {
    const out = matchOutcomeOf(returned);
    if (out.match && captured && captured.Rank !== undefined) columns.Rank = cell(captured.Rank, 'Rank');
    return out;
  }

  function matchOutcomeOf(returned) {
    const c = captured || {};
    const out = { columns, formats, logs };
    const lastOf = (v) => (ArrayBuffer.isView(v) || Array.isArray(v) ? v[v.length - 1] : v);
    const metricsOf = (m, where) => {
      if (m === undefined || m === null) return;
      if (typeof m !== 'object') throw new TypeError(where + ' must be an object of name: value');
      for (const key of Object.keys(m)) columns[key] = cell(m[key], where + '.' + key);
    };
    if (returned !== undefined) {
      if (returned === null || returned === false) { out.match = false; return out; }
      if (returned === true) { out.match = true; out.signal = 'CUSTOM'; return out; }
      if (typeof returned !== 'object') throw new TypeError('return a { signal, metrics } object, true/false or null, not a ' + typeof returned);
      const s = returned.signal;
      out.match = typeof s === 'string' ? s !== '' : Boolean(lastOf(s));
      out.signal = typeof s === 'string' ? s : returned.signal_type || 'CUSTOM';
      if (out.match) metricsOf(returned.metrics, 'metrics');
      return out;
    }
    if (c.Filter !== undefined) {
      out.match = Boolean(lastOf(c.Filter));
      out.signal = c.signal_type ? String(c.signal_type) : 'EXPLORE';
      if (out.match) metricsOf(c.metrics, 'metrics');
      return out;
    }
    out.match = Boolean(lastOf(c.signal));
    out.signal = c.signal_type ? String(c.signal_type) : 'CUSTOM';
    if (out.match) metricsOf(c.metrics, 'metrics');
    return out;
  }

  function run(scanner, buffer, bars, symbol, exchange, interval, paramsJson) {
    const field = (i) => new Float64Array(buffer, i * bars * 8, bars);
    columns = {}; formats = {}; logs = []; captured = null; resetTimeframes(bars);
    const params = JSON.parse(paramsJson);
    const returned = scanner(field(1), field(2), field(3), field(4), field(5), field(6), field(0), symbol, exchange, interval, params, ta, AddColumn, console, capture, helpers);
    return JSON.stringify(outcomeOf(returned));
  }

${REPLAY_SOURCE}
  // Freeze everything reachable from the global object: a scanner can read the
  // built-ins but change none of them, so one symbol cannot influence the next.
  const frozen = new Set();
  function harden(value) {
    if ((typeof value !== 'object' && typeof value !== 'function') || value === null || frozen.has(value)) return;
    frozen.add(value);
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) {
      const d = Object.getOwnPropertyDescriptor(value, key);
      if ('value' in d) harden(d.value); else { harden(d.get); harden(d.set); }
    }
    harden(Object.getPrototypeOf(value));
  }
  /**
   * Rejects source that is not a complete function body on its own (e.g. stray
   * braces that would close the wrapper and let code outlive one symbol).
   */
  function checkBody(source) {
    try {
      new Function(source);
      return '';
    } catch (error) {
      return String(error && error.message);
    }
  }

  // Intrinsics that no global property leads to: only instances reach them.
  const hiddenIntrinsics = [
    Object.getPrototypeOf([][Symbol.iterator]()),
    Object.getPrototypeOf(''[Symbol.iterator]()),
    Object.getPrototypeOf(new Map()[Symbol.iterator]()),
    Object.getPrototypeOf(new Set()[Symbol.iterator]()),
    Object.getPrototypeOf(''.matchAll(/x/g)),
    Object.getPrototypeOf(function* () {}),
    Object.getPrototypeOf(async function () {}),
    Object.getPrototypeOf(async function* () {}),
    Object.getPrototypeOf((function* () {})()),
    Object.getPrototypeOf((async function* () {})()),
    (function () { return arguments; })()
  ];
  Object.freeze(ta); Object.freeze(helpers);
  const api = Object.freeze({ run, checkBody, replay, replayMatches });
  harden(globalThis); harden(ta); harden(helpers); harden(AddColumn); harden(console); harden(capture); harden(api);
  for (const intrinsic of hiddenIntrinsics) harden(intrinsic);
  return api;
})
`;

/** Names the wrapper binds for the scanner, in the order `run` passes them. */
const SCANNER_BINDINGS =
  'open, high, low, close, volume, oi, time, symbol, exchange, interval, params, ta, AddColumn, console, __capture, __helpers';
const HELPER_NAMES = [
  'industry',
  'benchmark',
  'rs',
  'rsRating',
  'mansfieldRS',
  'tf',
  'last',
  'ref',
  'cross',
  'crossover',
  'crossunder',
  'highest',
  'lowest',
  'average',
  'change',
  'percentChange',
  'rising',
  'falling',
  'barsSince',
  'nz'
];

/**
 * The helpers bound for this source: only those it can reach, so a scanner pays
 * neither for reading the others each symbol (each bar in a replay) nor for the
 * two that are read through a host call (industry, benchmark).
 */
const helperNames = (source: string): string => HELPER_NAMES.filter((name) => reachesBinding(source, name)).join(', ');

/**
 * Wraps scanner source as a function of the contract's inputs. Everything sits on
 * the first line so the user's line N is line N + 1 (see WRAPPER_LINES); the
 * output variables are captured in `finally`, so `return` and assignments both work.
 */
export function wrapScannerSource(source: string): string {
  return (
    `(function (${SCANNER_BINDINGS}) { 'use strict'; const { ${helperNames(source)} } = __helpers; var Filter, signal, signal_type, metrics, Rank; try {\n` +
    `${source}\n} finally { __capture(Filter, signal, signal_type, metrics, Rank); } })`
  );
}
