import { Hono } from 'hono';
import { z } from 'zod';
import type { Store } from '../store/index.js';
import { readJson, readQuery } from '../http/validation.js';
import { exchangeSchema, nameSchema, notEmpty, symbolSchema, syncQuerySchema } from './schemas.js';
import { dataOrThrow, notFound } from './store-errors.js';

const watchlistFields = {
  name: nameSchema('watchlist'),
  symbols: z
    .array(z.strictObject({ symbol: symbolSchema, exchange: exchangeSchema }))
    .max(5000, 'a watchlist holds at most 5000 symbols')
    // The same symbol twice would only be scanned twice.
    .transform((symbols) => [...new Map(symbols.map((s) => [`${s.exchange}:${s.symbol}`, s])).values()])
};
const watchlistCreateSchema = z.strictObject(watchlistFields);
const watchlistPatchSchema = watchlistCreateSchema.partial().refine(...notEmpty);

/**
 * Saved watchlists: `GET /`, `POST /`, `GET /:id`, `PUT|PATCH /:id`, `DELETE /:id`.
 * @example app.route('/api/watchlists', createWatchlistRoutes(store))
 */
export function createWatchlistRoutes(store: Store): Hono {
  const app = new Hono();
  app.get('/', async (c) => c.json({ watchlists: await store.watchlists.list(readQuery(c, syncQuerySchema)) }));
  app.post('/', async (c) =>
    c.json({ watchlist: dataOrThrow(await store.watchlists.create(await readJson(c, watchlistCreateSchema))) }, 201)
  );
  app.get('/:id', async (c) => {
    const watchlist = await store.watchlists.get(c.req.param('id'));
    if (!watchlist) throw notFound('watchlist', c.req.param('id'));
    return c.json({ watchlist });
  });
  app.put('/:id', async (c) =>
    c.json({
      watchlist: dataOrThrow(await store.watchlists.update(c.req.param('id'), await readJson(c, watchlistCreateSchema)))
    })
  );
  app.patch('/:id', async (c) =>
    c.json({
      watchlist: dataOrThrow(await store.watchlists.update(c.req.param('id'), await readJson(c, watchlistPatchSchema)))
    })
  );
  app.delete('/:id', async (c) => {
    if (!(await store.watchlists.remove(c.req.param('id')))) throw notFound('watchlist', c.req.param('id'));
    return c.body(null, 204);
  });
  return app;
}
