// Relative imports (no $engine alias) so the end-to-end tests can seed a backtest with this too.
import { collectEvents } from '../../../src-worker/backtest/collect-events';
import { hitsPerDay } from '../../../src-worker/backtest/hits-per-day';
import { summarizeBacktest } from '../../../src-worker/backtest/summary';
import { lastBars } from '../../../src-worker/candles/types';
import type { ScanRow } from '../../../src-worker/pool/scan-types';
import { realCandles } from '../../../tests/fixtures/real-candles';
import type { SavedBacktest } from './backtest-record';

/**
 * A finished backtest built by the engine's own forward returns and summary from real daily
 * candles: on INFY and SBIN, a BUY on every up-close and a SELL on every down-close of
 * every 15th bar of the last 120 (an arbitrary but real set of signal bars).
 */
export function realBacktest(overrides: Partial<SavedBacktest> = {}, horizons = [1, 5, 20]): SavedBacktest {
  const histories = new Map(['INFY', 'SBIN'].map((symbol) => [`NSE:${symbol}`, lastBars(realCandles(symbol), 200)]));
  const benchmark = lastBars(realCandles('RELIANCE'), 200);
  const rows: ScanRow[] = [];
  const evaluated: number[] = [];
  for (const [key, candles] of histories) {
    const symbol = key.slice(4);
    for (let t = candles.time.length - 120; t < candles.time.length; t++) {
      evaluated.push(candles.time[t]);
      if (t % 15 !== 0) continue;
      const up = candles.close[t] >= candles.close[t - 1];
      rows.push({
        symbol,
        exchange: 'NSE',
        signal: up ? 'BUY' : 'SELL',
        columns: { Close: candles.close[t] },
        barTime: candles.time[t]
      });
    }
  }
  const indexed = collectEvents(rows, histories, horizons, benchmark);
  const events = indexed.map((e) => e.event);
  const times = histories.get('NSE:INFY')!.time;
  return {
    id: 'bt-1',
    scannerId: null,
    scannerName: 'Every 15th bar',
    watchlistId: null,
    watchlistName: 'Two',
    interval: 'D',
    from: new Date(times[times.length - 120] * 1000 + 19_800_000).toISOString().slice(0, 10),
    to: new Date(times[times.length - 1] * 1000 + 19_800_000).toISOString().slice(0, 10),
    horizons,
    params: {},
    benchmark: { symbol: 'RELIANCE', exchange: 'NSE' },
    runsOn: 'browser',
    serverId: null,
    status: 'completed',
    message: null,
    startedAt: 1_000,
    finishedAt: 2_000,
    summary: summarizeBacktest(indexed, horizons, true),
    stats: { symbols: 2, evaluations: evaluated.length, elapsedMs: 100, evaluationsPerSecond: evaluated.length * 10 },
    eventCount: events.length,
    columnFormats: { Close: '1.2' },
    events,
    hitsPerDay: hitsPerDay(events, evaluated, benchmark),
    errors: [],
    ...overrides
  };
}
