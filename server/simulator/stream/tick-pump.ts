import type { FeedSource } from './feed-source.js';
import { TICK_SPACING_MS } from './minute-ticks.js';
import type { StreamSession, Subscription } from './stream-session.js';

function tickMessage(
  subscription: Subscription,
  slotMs: number,
  trade: NonNullable<ReturnType<FeedSource['tradeAt']>>,
  broker: string
) {
  const { record, mode } = subscription;
  const ltp = { ltp: trade.ltp, ltt: slotMs, timestamp: slotMs };
  const data =
    mode === 'LTP'
      ? ltp
      : {
          ...ltp,
          volume: trade.volume,
          open: trade.dayOpen,
          high: trade.dayHigh,
          low: trade.dayLow,
          close: trade.prevClose,
          last_trade_quantity: trade.lastTradeQuantity,
          average_price: trade.ltp,
          total_buy_quantity: trade.lastTradeQuantity,
          total_sell_quantity: trade.lastTradeQuantity
        };
  return JSON.stringify({ type: 'market_data', symbol: record.symbol, exchange: record.exchange, mode, broker, data });
}

/**
 * Sends each session every tick printed since its cursor, up to `nowMs` (simulated time), and
 * moves the cursor on. While `stalled`, the cursor moves but nothing is sent.
 * @example pumpTicks(sessions, feed, clock.now().getTime(), false, 'simulator')
 */
export function pumpTicks(
  sessions: Iterable<StreamSession>,
  feed: FeedSource,
  nowMs: number,
  stalled: boolean,
  broker: string
): void {
  const lastSlot = Math.floor(nowMs / TICK_SPACING_MS);
  for (const session of sessions) {
    const firstSlot = Math.floor(session.cursorMs / TICK_SPACING_MS) + 1;
    if (lastSlot < firstSlot) continue;
    session.cursorMs = lastSlot * TICK_SPACING_MS;
    if (stalled || !session.authenticated || session.subscriptions.size === 0) continue;
    for (let slot = firstSlot; slot <= lastSlot; slot++) {
      const slotMs = slot * TICK_SPACING_MS;
      for (const subscription of session.subscriptions.values()) {
        const trade = feed.tradeAt(subscription.record, slotMs);
        if (trade) session.socket.send(tickMessage(subscription, slotMs, trade, broker));
      }
    }
  }
}
