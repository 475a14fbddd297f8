import { istDateOf, istEpochMs } from '$engine/calendar';
import { barsInRange, concatCandles } from '$engine/candles/candle-slices';
import { allocateCandles, type CandleColumns } from '$engine/candles/types';
import { indexedDbCandleStore, saveRecord, type CandleStore } from './candle-db';
import {
  candleKey,
  candleRecordOf,
  uniqueSymbols,
  withRefreshFailure,
  type CandleRecord,
  type SymbolRef
} from './candle-record';
import { createMarketApi, type MarketApi, type SymbolQuote } from './market-api';
import { needsOnlyFormingBar } from './refresh-plan';

/** multiquotes takes many symbols; batches keep each answer small and a failure local. */
export const QUOTES_BATCH_SIZE = 50;

/** One symbol after a forming-bar refresh: its record (null when it has none) and why it could not be updated. */
export interface FormingBarUpdate extends SymbolRef {
  record: CandleRecord | null;
  error: string | null;
}

type Quote = NonNullable<SymbolQuote['quote']>;

/**
 * The record with today's daily bar set from a quote (open/high/low, ltp as close, volume): replaced
 * when the record already has a bar for today, appended otherwise. Today's bar is stamped like the
 * record's bars (midnight or 09:15 IST). Before the first trade (open 0) there is no bar to add.
 * @example applyFormingQuote(record, { open: 100, high: 102, low: 99, ltp: 101, prev_close: 100, volume: 5000, oi: 0 }, Date.now())
 */
export function applyFormingQuote(record: CandleRecord, quote: Quote, now: number): CandleRecord {
  const provenance = { source: record.provenance.source, fetchedAt: now, coveredFrom: record.coveredFrom };
  if (quote.open <= 0) return candleRecordOf(record, record.interval, record, provenance);
  const lastTime = record.time[record.time.length - 1];
  const stampOffset = lastTime - istEpochMs(istDateOf(lastTime * 1000)) / 1000;
  const todayTime = istEpochMs(istDateOf(now)) / 1000 + stampOffset;
  const bar: CandleColumns = allocateCandles(1);
  bar.time[0] = todayTime;
  bar.open[0] = quote.open;
  bar.high[0] = quote.high;
  bar.low[0] = quote.low;
  bar.close[0] = quote.ltp;
  bar.volume[0] = quote.volume;
  bar.oi[0] = quote.oi;
  const before = barsInRange(record, -Infinity, todayTime - 1);
  return candleRecordOf(record, record.interval, concatCandles(before, bar), provenance);
}

export interface FormingBarDependencies {
  api: MarketApi;
  store: CandleStore;
  signal?: AbortSignal;
}

/**
 * Sets today's forming bar of `records` (daily, final through the last completed session) from
 * multiquotes, one call per batch of 50, and stores the result. A symbol multiquotes could not quote,
 * or a batch whose call failed, keeps its bars and gets the error in its provenance.
 * @example const updates = await updateFormingBars(records, { api, store }, Date.now())
 */
export async function updateFormingBars(
  records: CandleRecord[],
  { api, store, signal }: FormingBarDependencies,
  now: number
): Promise<FormingBarUpdate[]> {
  const updates: FormingBarUpdate[] = [];
  for (let start = 0; start < records.length; start += QUOTES_BATCH_SIZE) {
    const batch = records.slice(start, start + QUOTES_BATCH_SIZE);
    const answer = await api.multiquotes(
      batch.map(({ symbol, exchange }) => ({ symbol, exchange })),
      { signal }
    );
    const quotes = new Map('data' in answer ? answer.data.map((quote) => [candleKey(quote, 'D'), quote]) : []);
    // A cancelled call says nothing about the data: the records stay as they were.
    const cancelled = 'error' in answer && answer.error.kind === 'aborted';
    for (const record of batch) {
      const quoted = quotes.get(candleKey(record, 'D'));
      const error =
        'error' in answer
          ? answer.error.message
          : (quoted?.error ?? (quoted?.quote ? null : 'multiquotes sent no quote for this symbol'));
      const ref = { symbol: record.symbol, exchange: record.exchange };
      if (cancelled) {
        updates.push({ ...ref, record, error });
        continue;
      }
      const updated =
        error === null
          ? applyFormingQuote(record, quoted!.quote!, now)
          : withRefreshFailure(record, `forming bar: ${error}`);
      const saveError = await saveRecord(store, updated);
      updates.push({ ...ref, record: updated, error: error ?? saveError });
    }
  }
  return updates;
}

/**
 * During today's session, updates the still-forming daily bar of cached symbols with one multiquotes
 * call per 50 symbols. Symbols without cached history through the last completed session are left
 * alone with an error (load their history first: a quote alone would leave a gap).
 * @example const updates = await refreshFormingBars([{ symbol: 'INFY', exchange: 'NSE' }], 'D')
 */
export async function refreshFormingBars(
  symbols: SymbolRef[],
  interval: string,
  {
    now = Date.now,
    api = createMarketApi(),
    store = indexedDbCandleStore,
    signal
  }: { now?: () => number; api?: MarketApi; store?: CandleStore; signal?: AbortSignal } = {}
): Promise<FormingBarUpdate[]> {
  const at = now();
  const refs = uniqueSymbols(symbols);
  const records = await store.readMany(refs.map((ref) => candleKey(ref, interval)));
  const skipReason = (record: CandleRecord | null) =>
    interval !== 'D'
      ? 'only daily bars are refreshed from quotes'
      : !record
        ? 'no cached history to add the forming bar to'
        : !needsOnlyFormingBar(record, at)
          ? 'no session in progress, or the cached history ends before the last session'
          : null;
  const refreshable = records.filter((record): record is CandleRecord => skipReason(record) === null);
  const updated = new Map(
    (await updateFormingBars(refreshable, { api, store, signal }, at)).map((update) => [
      candleKey(update, interval),
      update
    ])
  );
  return refs.map(
    (ref, i) =>
      updated.get(candleKey(ref, interval)) ?? {
        symbol: ref.symbol,
        exchange: ref.exchange,
        record: records[i],
        error: skipReason(records[i])
      }
  );
}
