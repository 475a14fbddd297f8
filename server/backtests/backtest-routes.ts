import { Hono } from 'hono';
import { z } from 'zod';
import type { EventBus } from '../events/index.js';
import { createSharedScanPool, type SharedScanPool } from '../headless/shared-scan-pool.js';
import { readJson, readQuery } from '../http/validation.js';
import type { CandleCache } from '../market/index.js';
import type { Store } from '../store/index.js';
import { backtestRequestSchema } from './backtest-request.js';
import { createBacktestStore } from './backtest-store.js';
import { runServerBacktest } from './run-server-backtest.js';

export interface BacktestRouteOptions {
  store: Store;
  cache: Pick<CandleCache, 'history'>;
  bus: EventBus;
  /** The workers backtests run in; a pool of their own, started on first use, by default. */
  pool?: SharedScanPool;
}

const pageSchema = z.object({
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(1000).default(100)
});

const notFound = (id: string) => ({ error: { message: `no backtest ${id}` } });

/**
 * `/api/backtests`: run a backtest headless in the server's pool (a phone can hand
 * a long one over), list, read (summary, hits per day, a page of events), cancel, delete.
 * Backtests left running by a process that died are marked interrupted when these routes start.
 */
export function createBacktestRoutes({ store, cache, bus, pool = createSharedScanPool() }: BacktestRouteOptions): Hono {
  const backtests = createBacktestStore(store.client);
  const running = new Map<string, { controller: AbortController; done: Promise<void> }>();
  const ready = backtests.markInterrupted();
  const app = new Hono();

  app.post('/', async (c) => {
    const body = await readJson(c, backtestRequestSchema);
    await ready;
    const scanner = await store.scanners.get(body.scannerId);
    if (!scanner)
      return c.json(
        { error: { message: `no scanner ${body.scannerId}`, fields: { scannerId: ['no such scanner'] } } },
        400
      );
    if (!(await store.watchlists.get(body.watchlistId)))
      return c.json(
        { error: { message: `no watchlist ${body.watchlistId}`, fields: { watchlistId: ['no such watchlist'] } } },
        400
      );
    const backtest = await backtests.start(body, scanner.name);
    const controller = new AbortController();
    const done = runServerBacktest(
      { store, backtests, cache, pool, bus },
      backtest.id,
      body,
      controller.signal
    ).finally(() => running.delete(backtest.id));
    running.set(backtest.id, { controller, done });
    return c.json(backtest, 201);
  });

  app.get('/', async (c) => {
    await ready;
    const list = await backtests.list();
    return c.json({
      backtests: list.map(({ summary: _summary, hitsPerDay: _hits, errors: _errors, ...rest }) => rest)
    });
  });

  app.get('/:id', async (c) => {
    const { offset, limit } = readQuery(c, pageSchema);
    await ready;
    const backtest = await backtests.get(c.req.param('id'));
    if (!backtest) return c.json(notFound(c.req.param('id')), 404);
    return c.json({ ...backtest, page: { offset, limit, events: await backtests.events(backtest.id, offset, limit) } });
  });

  app.post('/:id/cancel', async (c) => {
    const id = c.req.param('id');
    const run = running.get(id);
    if (!run)
      return c.json(
        (await backtests.get(id)) ? { error: { message: `backtest ${id} is not running` } } : notFound(id),
        (await backtests.get(id)) ? 409 : 404
      );
    run.controller.abort();
    await run.done;
    return c.json(await backtests.get(id));
  });

  app.delete('/:id', async (c) => {
    const id = c.req.param('id');
    const run = running.get(id);
    if (run) {
      run.controller.abort();
      await run.done;
    }
    return (await backtests.delete(id)) ? c.body(null, 204) : c.json(notFound(id), 404);
  });

  return app;
}
