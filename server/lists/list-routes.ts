import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { z } from 'zod';
import { INDEX_LISTS, loadIndexList } from './index-lists.js';

const listParam = z.object({ id: z.enum(INDEX_LISTS.map((l) => l.id) as [string, ...string[]]) });

/** Predefined watchlists: `GET /api/lists` and `GET /api/lists/:id` (e.g. nifty50). */
export function createListRoutes(): Hono {
  const app = new Hono();
  app.get('/', async (c) =>
    c.json({
      lists: await Promise.all(
        INDEX_LISTS.map(async ({ id, name }) => ({ id, name, count: (await loadIndexList(id)).length }))
      )
    })
  );
  app.get('/:id', async (c) => {
    const parsed = listParam.safeParse(c.req.param());
    if (!parsed.success) {
      throw new HTTPException(404, {
        message: `no predefined list "${c.req.param('id')}" (have: ${INDEX_LISTS.map((l) => l.id).join(', ')})`
      });
    }
    const id = parsed.data.id as (typeof INDEX_LISTS)[number]['id'];
    const list = INDEX_LISTS.find((l) => l.id === id)!;
    return c.json({ id, name: list.name, symbols: await loadIndexList(id) });
  });
  return app;
}
