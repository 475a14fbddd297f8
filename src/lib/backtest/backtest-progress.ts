/** What the progress line shows while a backtest runs in this browser. */
export interface BacktestProgress {
  /** `history` while older history than the cache held is fetched (a deep backtest's first run). */
  phase: 'history' | 'fetching' | 'replaying';
  symbols: number;
  /** Symbols whose history is loaded (from the cache or fetched), failed ones included. */
  fetched: number;
  /** Symbols whose every bar in range has been evaluated. */
  replayed: number;
  /** Evaluations (one per symbol and bar in range) done, and known so far from the loaded symbols. */
  evaluations: number;
  queued: number;
  events: number;
  errors: number;
  elapsedMs: number;
  evaluationsPerSecond: number;
  /** Seconds left at the current rate, or null before there is one. */
  etaSeconds: number | null;
}

/**
 * Tracks progress from the loader's and the pool's counts: evaluations per symbol are known as each
 * symbol loads; symbols not loaded yet are assumed to have the loaded ones' average, for the ETA.
 * The pool takes symbols in the order they load, so a symbol is replayed once the evaluations
 * done cover it and every one before it.
 * @example const tracker = progressTracker(50); tracker.loaded(250); tracker.report({ done: 100, … })
 */
export function progressTracker(symbols: number) {
  let fetched = 0;
  let history = false;
  const cumulative: number[] = [];
  return {
    /** Whether the candle loader is fetching older history right now. */
    fetchingHistory(now: boolean) {
      history = now;
    },
    /** A symbol's history arrived with `evaluations` bars in range (0 for one that failed). */
    loaded(evaluations: number) {
      fetched++;
      if (evaluations > 0) cumulative.push((cumulative.at(-1) ?? 0) + evaluations);
    },
    failed() {
      fetched++;
    },
    report(
      pool: { done: number; matches: number; errors: number; elapsedMs: number },
      dataErrors: number
    ): BacktestProgress {
      const queued = cumulative.at(-1) ?? 0;
      const loadedWithBars = cumulative.length;
      const expected = loadedWithBars > 0 && fetched > 0 ? queued + (queued / fetched) * (symbols - fetched) : null;
      const rate = pool.elapsedMs > 0 ? (pool.done / pool.elapsedMs) * 1000 : 0;
      let replayed = 0;
      while (replayed < cumulative.length && cumulative[replayed] <= pool.done) replayed++;
      return {
        phase: fetched >= symbols ? 'replaying' : history ? 'history' : 'fetching',
        symbols,
        fetched,
        replayed: replayed + dataErrors,
        evaluations: pool.done,
        queued,
        events: pool.matches,
        errors: pool.errors + dataErrors,
        elapsedMs: pool.elapsedMs,
        evaluationsPerSecond: rate,
        etaSeconds: expected !== null && rate > 0 ? Math.max(0, (expected - pool.done) / rate) : null
      };
    }
  };
}
