import type { CandleColumns } from '../../src-worker/candles/types.js';
import { createRandom, hashSeed } from './seeded-random.js';
import type { SymbolRecord } from './symbol-master.js';

export interface Quote {
  open: number;
  high: number;
  low: number;
  ltp: number;
  ask: number;
  bid: number;
  prev_close: number;
  volume: number;
  oi: number;
}

const toPaisa = (price: number) => Math.round(price * 100) / 100;

/**
 * The quote a broker would show with `daily` as its data: ltp is the last close,
 * bid/ask one tick either side (zero for indices, which have no order book).
 * @example quoteOf(record, series.dailyBars(record, now)).ltp
 */
export function quoteOf(record: SymbolRecord, daily: CandleColumns): Quote {
  const last = daily.time.length - 1;
  const ltp = daily.close[last];
  const tradable = record.exchange !== 'NSE_INDEX';
  return {
    open: daily.open[last],
    high: daily.high[last],
    low: daily.low[last],
    ltp,
    ask: tradable ? toPaisa(ltp + record.tick_size) : 0,
    bid: tradable ? toPaisa(ltp - record.tick_size) : 0,
    prev_close: last > 0 ? daily.close[last - 1] : daily.open[last],
    volume: daily.volume[last],
    oi: 0
  };
}

/**
 * Level-2 depth around the last price: five bids below, five asks above, one tick apart,
 * with quantities that repeat for the same symbol and bar.
 * @example depthOf(record, daily).asks[0].price // ltp + 0.05
 */
export function depthOf(record: SymbolRecord, daily: CandleColumns) {
  const quote = quoteOf(record, daily);
  const random = createRandom(hashSeed('depth', record.symbol, daily.time[daily.time.length - 1], quote.ltp));
  const level = (side: 1 | -1, k: number) => ({
    price: record.exchange === 'NSE_INDEX' ? 0 : toPaisa(quote.ltp + side * (k + 1) * record.tick_size),
    quantity: record.exchange === 'NSE_INDEX' ? 0 : 1 + Math.floor(random() * 2000)
  });
  const bids = [0, 1, 2, 3, 4].map((k) => level(-1, k));
  const asks = [0, 1, 2, 3, 4].map((k) => level(1, k));
  return {
    open: quote.open,
    high: quote.high,
    low: quote.low,
    ltp: quote.ltp,
    ltq: record.exchange === 'NSE_INDEX' ? 0 : 1 + Math.floor(random() * 500),
    prev_close: quote.prev_close,
    volume: quote.volume,
    oi: 0,
    totalbuyqty: bids.reduce((sum, bid) => sum + bid.quantity, 0),
    totalsellqty: asks.reduce((sum, ask) => sum + ask.quantity, 0),
    bids,
    asks
  };
}
