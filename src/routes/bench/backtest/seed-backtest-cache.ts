import { istDateOf, type IstDate } from '$engine/calendar';
import { unpackCandles } from '$engine/candles/packed';
import { clearCandleCache, type MarketApi, type SymbolRef } from '$lib/candles';
import { indexedDbCandleStore } from '$lib/candles/candle-db';
import { candleRecordOf } from '$lib/candles/candle-record';
import type { BacktestWorkload } from '../backtest-workload';
import { freshDailyRecords } from '../indexeddb/fresh-records';

/** A warm cache holding the backtest workload, and how to load it back at a clock where all of it is fresh. */
export interface SeededBacktestCache {
  symbols: SymbolRef[];
  from: IstDate;
  now: number;
  /** Refuses and counts every call: a warm cache must never reach the market API. */
  api: MarketApi;
  requests: () => number;
}

/**
 * Writes the workload's series into IndexedDB as a deep fetch would have left them: every bar
 * final, `coveredFrom` long before the first bar (so a series that starts late is a young
 * listing, not a gap to fetch), for a backtest from the workload's first signal day.
 * @example const cache = await seedBacktestCache(workload)
 */
export async function seedBacktestCache(workload: BacktestWorkload): Promise<SeededBacktestCache> {
  await clearCandleCache();
  const slices = workload.tasks().map((task) => ({ symbol: task.symbol, candles: unpackCandles(task.candles) }));
  const { records, now } = freshDailyRecords(slices);
  for (const record of records) {
    const { source, fetchedAt } = record.provenance;
    await indexedDbCandleStore.put(
      candleRecordOf(record, 'D', record, { source, fetchedAt, coveredFrom: '2000-01-01' as IstDate })
    );
  }
  let requests = 0;
  const refuse = async () => {
    requests++;
    return { error: { kind: 'offline' as const, message: 'the warm-cache backtest bench allows no requests' } };
  };
  return {
    symbols: records.map(({ symbol, exchange }) => ({ symbol, exchange })),
    from: istDateOf(workload.fromTime * 1000),
    now,
    api: { history: refuse, multiquotes: refuse },
    requests: () => requests
  };
}
