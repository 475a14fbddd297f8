import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { z } from 'zod';
import { exchangeSchema, idSchema, symbolSchema } from '../../api/schemas.js';
import { InvalidRequestError } from '../../http/errors.js';
import { readJson } from '../../http/validation.js';
import type { Store } from '../../store/index.js';
import { LIVE_INTERVALS } from '../candles/index.js';
import type { LiveScans } from './live-scans.js';

/** One upstream connection carries up to 1,000 symbols; more than that is not one live scan. */
const MAX_SYMBOLS = 1_000;

const createSchema = z
  .strictObject({
    scannerId: idSchema,
    watchlistId: idSchema.optional(),
    symbols: z
      .array(z.strictObject({ symbol: symbolSchema, exchange: exchangeSchema }))
      .min(1, 'at least one symbol')
      .max(MAX_SYMBOLS, `at most ${MAX_SYMBOLS} symbols`)
      .optional(),
    interval: z.enum(LIVE_INTERVALS, { error: `interval must be one of ${LIVE_INTERVALS.join(', ')}` }),
    params: z.record(z.string(), z.unknown()).optional()
  })
  .refine((input) => (input.watchlistId === undefined) !== (input.symbols === undefined), {
    message: 'give either watchlistId or symbols',
    path: ['watchlistId']
  });

/**
 * Live scans: `POST /` `{scannerId, watchlistId | symbols, interval, params?}` → 201, `GET /`,
 * `GET /:id` (with its state and latest rows), `GET /:id/results?day=YYYY-MM-DD`,
 * `GET /:id/chart?symbol=&exchange=` (today's bars, the forming one apart), `DELETE /:id` to stop.
 */
export function createLiveScanRoutes(live: LiveScans, store: Pick<Store, 'watchlists'>): Hono {
  const app = new Hono();
  app.post('/', async (c) => {
    const input = await readJson(c, createSchema);
    let symbols: { symbol: string; exchange: string }[] | undefined = input.symbols;
    if (input.watchlistId) {
      const watchlist = await store.watchlists.get(input.watchlistId);
      if (!watchlist) throw new HTTPException(404, { message: 'no watchlist with this id' });
      if (watchlist.symbols.length === 0)
        throw new InvalidRequestError('invalid request body: watchlistId', {
          watchlistId: ['the watchlist has no symbols']
        });
      symbols = watchlist.symbols.slice(0, MAX_SYMBOLS).map(({ symbol, exchange }) => ({ symbol, exchange }));
    }
    const created = await live.create({
      scannerId: input.scannerId,
      watchlistId: input.watchlistId ?? null,
      symbols: symbols!,
      interval: input.interval,
      params: input.params ?? {}
    });
    if ('error' in created) {
      const { status, message, field } = created.error;
      if (status === 400)
        throw new InvalidRequestError(`invalid request body: ${field ?? 'body'}`, { [field ?? 'body']: [message] });
      throw new HTTPException(status, { message });
    }
    return c.json(created.data, 201);
  });
  app.get('/', async (c) => c.json({ liveScans: await live.list() }));
  app.get('/:id', async (c) => {
    const scan = await live.get(c.req.param('id'));
    if (!scan) throw new HTTPException(404, { message: 'no live scan with this id' });
    const latest = await live.repository.latest(scan.id);
    return c.json({ ...scan, latest });
  });
  app.get('/:id/results', async (c) => {
    const day = z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .safeParse(c.req.query('day'));
    if (!day.success) throw new InvalidRequestError('invalid query: day', { day: ['expected a date like 2026-12-04'] });
    if (!(await live.get(c.req.param('id')))) throw new HTTPException(404, { message: 'no live scan with this id' });
    return c.json({ results: await live.repository.results(c.req.param('id'), day.data) });
  });
  app.get('/:id/chart', async (c) => {
    const instrument = z.strictObject({ symbol: symbolSchema, exchange: exchangeSchema }).safeParse(c.req.query());
    if (!instrument.success)
      throw new InvalidRequestError('invalid query: symbol, exchange', {
        symbol: instrument.error.issues.map((issue) => issue.message)
      });
    const chart = live.chart(c.req.param('id'), instrument.data);
    if (!chart) throw new HTTPException(404, { message: 'no running live scan with this id follows this symbol' });
    return c.json(chart);
  });
  app.delete('/:id', async (c) => {
    const scan = await live.stop(c.req.param('id'));
    if (!scan) throw new HTTPException(404, { message: 'no live scan with this id' });
    return c.json(scan);
  });
  return app;
}
