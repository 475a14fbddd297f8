/**
 * Where a candle load stands, reported each time it changes:
 * - `phase`: `history` while any symbol's older history (before what the cache held) is being fetched —
 *   a backtest's first deep load; `fetching` while other requests (tails, full series, forming bars) are
 *   out; `cache` while answers come from the cache alone; `done` once every symbol has settled.
 */
export interface CandleLoadProgress {
  phase: 'cache' | 'fetching' | 'history' | 'done';
  /** Symbols settled (each has had its `onStatus`), of `total`. */
  settled: number;
  total: number;
  /** Symbols waiting on a request now, older-history ones included. */
  fetching: number;
  /** Of those, symbols whose older history is being fetched. */
  fetchingHistory: number;
}

/** Counts a load's symbols as they wait on requests and settle, and reports each change. */
export function createLoadProgress(total: number, report: ((progress: CandleLoadProgress) => void) | undefined) {
  const counts = { settled: 0, fetching: 0, fetchingHistory: 0 };
  const emit = () => {
    if (!report) return;
    const { settled, fetching, fetchingHistory } = counts;
    const phase = settled === total ? 'done' : fetchingHistory > 0 ? 'history' : fetching > 0 ? 'fetching' : 'cache';
    report({ phase, settled, total, fetching, fetchingHistory });
  };
  return {
    /** `count` symbols now wait on a request; `history` when it fetches their older history. */
    waiting(count: number, history = false) {
      counts.fetching += count;
      if (history) counts.fetchingHistory += count;
      if (count > 0) emit();
    },
    /** `count` symbols came back from their request (`history` as given to `waiting`). */
    answered(count: number, history = false) {
      counts.fetching -= count;
      if (history) counts.fetchingHistory -= count;
    },
    settled() {
      counts.settled++;
      emit();
    }
  };
}
