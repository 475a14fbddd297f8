import { backtestDatabase, type BacktestDatabase } from './backtest-db';
import {
  backtestDetailSchema,
  backtestSummaryRecordSchema,
  type SavedBacktest,
  type SavedBacktestSummary
} from './backtest-record';

/**
 * Backtest history in IndexedDB. Records are validated and copied on the way in (a `$state`
 * proxy cannot be stored) and on the way out (a corrupt record reads as missing).
 * @example const store = backtestStore(); await store.save(backtest); await store.list()
 */
export function backtestStore(db: BacktestDatabase = backtestDatabase()) {
  return {
    async save(backtest: SavedBacktest): Promise<void> {
      const { events, hitsPerDay, errors, ...summary } = JSON.parse(JSON.stringify(backtest)) as SavedBacktest;
      const record = backtestSummaryRecordSchema.parse({ ...summary, eventCount: events.length });
      const detail = backtestDetailSchema.parse({ id: backtest.id, events, hitsPerDay, errors });
      await db.transaction('rw', db.backtests, db.details, async () => {
        await db.backtests.put(record);
        await db.details.put(detail);
      });
    },

    /** Newest first, without events. */
    async list(): Promise<SavedBacktestSummary[]> {
      const values: unknown[] = await db.backtests.orderBy('startedAt').reverse().toArray();
      return values.flatMap((value) => {
        const parsed = backtestSummaryRecordSchema.safeParse(value);
        return parsed.success ? [parsed.data] : [];
      });
    },

    /** One backtest with its events; null when missing or corrupt. Lost details read as none. */
    async get(id: string): Promise<SavedBacktest | null> {
      const [summaryValue, detailValue] = await db.transaction('r', db.backtests, db.details, () =>
        Promise.all([db.backtests.get(id), db.details.get(id)])
      );
      const summary = backtestSummaryRecordSchema.safeParse(summaryValue);
      if (!summary.success) return null;
      const detail = backtestDetailSchema.safeParse(detailValue);
      const { events, hitsPerDay, errors } = detail.success ? detail.data : { events: [], hitsPerDay: [], errors: [] };
      return { ...summary.data, events, hitsPerDay, errors };
    },

    async delete(id: string): Promise<void> {
      await db.transaction('rw', db.backtests, db.details, async () => {
        await db.backtests.delete(id);
        await db.details.delete(id);
      });
    }
  };
}

export type BacktestStore = ReturnType<typeof backtestStore>;
