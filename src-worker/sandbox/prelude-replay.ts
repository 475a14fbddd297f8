/**
 * The part of the prelude that replays one symbol bar by bar (a backtest). It is
 * spliced into PRELUDE_SOURCE and shares its closure (ta, outcomeOf, the
 * per-symbol state), so it is plain ES2020 like the rest of the prelude.
 *
 * At bar t the scanner gets a fresh copy of bars 0…t laid out exactly as a plain
 * scan lays them out, so nothing after t is reachable (not even through
 * `.buffer`) and nothing it writes survives to t + 1.
 *
 * `ta` calls whose inputs are all known prefixes — the candle fields, or an
 * earlier `ta` output at this t — are answered by `hostMemo`, which computes the
 * function once over the whole history and hands back its prefix through t. The
 * host checks the inputs still equal those prefixes (a scanner may have written
 * into them) and answers undefined if not, and the call then runs as usual.
 *
 * Calling convention with the host:
 * - `hostTick(t)` before each bar (restarts the time limit, times the bar).
 * - `replay(..., trusted, fieldMask)` returns the matches as JSON [[t, outcome], …] (outcome as `run`'s, logs
 *   left out); when
 *   a bar throws, `replayMatches()` returns those before it.
 * - `hostMemo('id|options', n, key0, buffer0, byteOffset0, key1, …)` returns one
 *   ArrayBuffer with the outputs' prefixes of length n one after another, or
 *   undefined. An output is known as `id|options|key0;key1…#output`; inputs go as
 *   separate arguments because keys nest.
 */
export const REPLAY_SOURCE = String.raw`
  const FIELD_KEYS = ['f0', 'f1', 'f2', 'f3', 'f4', 'f5', 'f6'];
  // Known prefixes at the current bar: series object -> memo key of its full series.
  const known = new Map();
  let replayBars = 0;
  // Matches so far, kept outside replay() so the host can collect them after a bar throws.
  let replayed = [];
  const replayMatches = () => JSON.stringify(replayed);

  // A scanner that provably never writes into arrays (see array-writes.ts) is served from
  // results kept in here, without a host call; any other scanner's inputs are checked by the host.
  let replayTrusted = false;
  let fullFields = [];
  const fullOutputs = new Map();
  function fullSeries(key) {
    if (key.charCodeAt(0) === 102) return fullFields[+key.slice(1)];
    const hash = key.lastIndexOf('#');
    const outputs = fullOutputs.get(key.slice(0, hash));
    return outputs === undefined ? undefined : outputs[+key.slice(hash + 1)];
  }

  function memoised(fn, id, options, seriesCount, outputCount, args) {
    const keys = [];
    for (let s = 0; s < seriesCount; s++) {
      const key = known.get(args[s]);
      if (key === undefined || args[s].length !== replayBars) return undefined;
      keys.push(key);
    }
    const values = new Float64Array(options.length);
    readOptions(fn, options, args, seriesCount, values);
    const call = id + '|' + Array.prototype.join.call(values, ',');
    const key = call + '|' + keys.join(';');
    return replayTrusted ? servedHere(call, key, keys, outputCount) : servedByHost(call, key, keys, outputCount, args);
  }

  function servedByHost(call, key, keys, outputCount, args) {
    const handles = [];
    for (let s = 0; s < keys.length; s++) handles.push(keys[s], args[s].buffer, args[s].byteOffset);
    const out = hostMemo(call, replayBars, ...handles);
    if (out === undefined) return undefined;
    const n = replayBars;
    const outputs = [];
    for (let o = 0; o < outputCount; o++) {
      const series = new Float64Array(out, o * n * 8, n);
      known.set(series, key + '#' + o);
      outputs.push(series);
    }
    return outputCount === 1 ? outputs[0] : outputs;
  }

  function servedHere(call, key, keys, outputCount) {
    let full = fullOutputs.get(key);
    if (full === undefined) {
      const bars = fullFields[0].length;
      const handles = [];
      for (const k of keys) {
        const series = fullSeries(k);
        if (series === undefined) return undefined;
        handles.push(k, series.buffer, series.byteOffset);
      }
      const out = hostMemo(call, bars, ...handles);
      if (out === undefined) return undefined;
      full = [];
      for (let o = 0; o < outputCount; o++) full.push(new Float64Array(out, o * bars * 8, bars));
      fullOutputs.set(key, full);
    }
    const outputs = [];
    for (let o = 0; o < outputCount; o++) {
      // A copy, not a view: nothing after bar t is reachable from it.
      const series = full[o].slice(0, replayBars);
      known.set(series, key + '#' + o);
      outputs.push(series);
    }
    return outputCount === 1 ? outputs[0] : outputs;
  }

  function plainOutput(outcome) {
    if (outcome.signal !== undefined && (typeof outcome.signal !== 'string' || outcome.signal.length > 40)) return false;
    for (const key of Object.keys(outcome.formats)) if (outcome.formats[key].length > 40) return false;
    return true;
  }

  // fieldMask: bit i set when the scanner can reach candle field i; the others are not copied each bar.
  function replay(scanner, buffer, bars, from, to, symbol, exchange, interval, paramsJson, trusted, fieldMask) {
    const full = [];
    for (let i = 0; i < 7; i++) full.push(new Float64Array(buffer, i * bars * 8, bars));
    replayTrusted = trusted === 1;
    fullFields = full;
    replayed = [];
    try {
      for (let t = from; t <= to; t++) {
        hostTick(t);
        const n = t + 1;
        const fields = [undefined, undefined, undefined, undefined, undefined, undefined, undefined];
        known.clear();
        // Laid out as a plain scan lays out bars 0…t (a field's .buffer holds all seven, nothing after t).
        const cut = new Float64Array(7 * n);
        for (let i = 0; i < 7; i++) cut.set(full[i].subarray(0, n), i * n);
        for (let i = 0; i < 7; i++) {
          if ((fieldMask & (1 << i)) === 0) continue;
          const field = new Float64Array(cut.buffer, i * n * 8, n);
          known.set(field, FIELD_KEYS[i]);
          fields[i] = field;
        }
        replayBars = n;
        columns = {}; formats = {}; logs = []; captured = null; resetTimeframes(n);
        const returned = scanner(fields[1], fields[2], fields[3], fields[4], fields[5], fields[6], fields[0], symbol, exchange, interval, JSON.parse(paramsJson), ta, AddColumn, console, capture, helpers);
        const outcome = outcomeOf(returned);
        // Non-matches cross only when the host's output check could reject them, as it would in a scan.
        if (outcome.match || !plainOutput(outcome)) { outcome.logs = []; replayed.push([t, outcome]); }
      }
    } finally {
      replayBars = 0;
      known.clear();
      fullOutputs.clear();
      fullFields = [];
    }
    return replayMatches();
  }
`;
