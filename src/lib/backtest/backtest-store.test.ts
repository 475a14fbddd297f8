import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { BacktestDatabase } from './backtest-db';
import { backtestStore } from './backtest-store';
import { realBacktest } from './test-helpers';

const freshStore = () => {
  const db = new BacktestDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });
  return { db, store: backtestStore(db) };
};

describe('backtestStore', () => {
  it('reads back what it saved, events and all', async () => {
    const { store } = freshStore();
    const backtest = realBacktest();
    await store.save(backtest);
    // Stored as JSON: a -0 excursion reads back as 0.
    expect(await store.get(backtest.id)).toEqual(JSON.parse(JSON.stringify(backtest)));
  });

  it('lists newest first without the events, counting them', async () => {
    const { store } = freshStore();
    await store.save(realBacktest({ id: 'old', startedAt: 1 }));
    await store.save(realBacktest({ id: 'new', startedAt: 2 }));
    const list = await store.list();
    expect(list.map((b) => b.id)).toEqual(['new', 'old']);
    expect(list[0]).not.toHaveProperty('events');
    expect(list[0].eventCount).toBe(realBacktest().events.length);
  });

  it('refuses a record that does not fit and skips a corrupt one when reading', async () => {
    const { db, store } = freshStore();
    await expect(store.save({ ...realBacktest(), status: 'nearly' as 'completed' })).rejects.toThrow();
    await db.backtests.put({ id: 'junk' } as never);
    expect(await store.list()).toEqual([]);
    expect(await store.get('junk')).toBeNull();
  });

  it('deletes a backtest with its events', async () => {
    const { db, store } = freshStore();
    await store.save(realBacktest());
    await store.delete('bt-1');
    expect(await store.get('bt-1')).toBeNull();
    expect(await db.details.count()).toBe(0);
  });
});
