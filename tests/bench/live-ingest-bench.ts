import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { latestCompletedSession, sessionSegments } from '../../src-worker/calendar/index.js';
import { createCandleBuilder } from '../../server/live/candles/index.js';
import type { LiveTick } from '../../server/live/stream/index.js';
import { createMarketSeries } from '../../server/simulator/market-series.js';
import { loadSymbolMaster } from '../../server/simulator/symbol-master.js';
import { dayTrades, TICK_SPACING_MS } from '../../server/simulator/stream/minute-ticks.js';
import { failed, measured, type BenchResult } from './report.js';

const SYMBOLS = ['RELIANCE', 'TCS', 'HDFCBANK', 'INFY', 'ICICIBANK', 'SBIN', 'ITC', 'LT', 'AXISBANK', 'KOTAKBANK'];
const MEMORY_SYMBOLS = 3_000;
const TARGET_TICKS_PER_SECOND = { atLeast: 50_000 };
const MIB = 1024 * 1024;

export interface LiveIngestFigures {
  ticks: number;
  ticksPerSecond: number;
  memorySymbols: number;
  barsPerSymbol: number;
  heapMiB: number;
}

/** A whole session of the simulator's trades for `copies` × the symbols above, in time order. */
function* sessionTicks(copies: number): Generator<LiveTick> {
  const day = latestCompletedSession(new Date());
  const master = loadSymbolMaster();
  const series = createMarketSeries(day);
  const close = sessionSegments(day).at(-1)!.end;
  const perSymbol = SYMBOLS.map((symbol) => {
    const minutes = series.minuteBarsOf(master.find(symbol, 'NSE')!, day, new Date(close + 60_000));
    return { symbol, times: [...minutes.time], trades: dayTrades(minutes) };
  });
  const minutes = perSymbol[0].times.length;
  for (let m = 0; m < minutes; m++) {
    for (let k = 0; k < 4; k++) {
      for (let copy = 0; copy < copies; copy++) {
        for (const { symbol, times, trades } of perSymbol) {
          const trade = trades[m * 4 + k];
          yield {
            symbol: copy === 0 ? symbol : `${symbol}${copy}`,
            exchange: 'NSE',
            ltp: trade.ltp,
            volume: trade.volume,
            time: times[m] * 1000 + k * TICK_SPACING_MS
          };
        }
      }
    }
  }
}

/** A real heap figure needs a collection first; the bench process is not started with --expose-gc. */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

/**
 * Tick ingest into the candle builder on one core (a session of the simulator's trades for 500
 * symbols), and the heap held by a day of one-minute bars for 3,000 symbols.
 */
export function measureLiveIngest(): LiveIngestFigures {
  const ticks = [...sessionTicks(50)];
  const builder = createCandleBuilder();
  for (let i = 0; i < 20_000; i++) builder.ingest(ticks[i]);
  const count = ticks.length;
  const timed = createCandleBuilder();
  const start = performance.now();
  for (const tick of ticks) timed.ingest(tick);
  const seconds = (performance.now() - start) / 1000;

  const lastTime = ticks.at(-1)!.time;
  ticks.length = 0;
  collectGarbage();
  const heapBefore = process.memoryUsage().heapUsed;
  const day = createCandleBuilder();
  for (const tick of sessionTicks(MEMORY_SYMBOLS / SYMBOLS.length)) day.ingest(tick);
  day.closeDue(lastTime + 120_000);
  collectGarbage();
  const heapMiB = (process.memoryUsage().heapUsed - heapBefore) / MIB;
  return {
    ticks: count,
    ticksPerSecond: count / seconds,
    memorySymbols: MEMORY_SYMBOLS,
    barsPerSymbol: day.closedBars('NSE:RELIANCE').time.length,
    heapMiB
  };
}

export function liveIngestResults(figures: LiveIngestFigures | Error): BenchResult[] {
  if (figures instanceof Error) return [failed('Live: tick ingest into 1m candles', 'ticks/s', figures)];
  return [
    measured(
      'Live: tick ingest into 1m candles',
      figures.ticksPerSecond,
      'ticks/s',
      TARGET_TICKS_PER_SECOND,
      `${figures.ticks.toLocaleString('en-US')} simulator ticks, 500 symbols × one session, one core`
    ),
    measured(
      'Live: heap for a day of 1m bars',
      figures.heapMiB,
      'MiB',
      undefined,
      `${figures.memorySymbols.toLocaleString('en-US')} symbols × ${figures.barsPerSymbol} bars, heap growth after a full collection`
    )
  ];
}
