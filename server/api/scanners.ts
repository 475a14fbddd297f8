import { Hono } from 'hono';
import { z } from 'zod';
import type { Store } from '../store/index.js';
import { readJson, readQuery } from '../http/validation.js';
import { nameSchema, notEmpty, syncQuerySchema } from './schemas.js';
import { dataOrThrow, notFound } from './store-errors.js';

const scannerFields = {
  name: nameSchema('scanner'),
  description: z.string().trim().max(2000, 'a description is at most 2000 characters'),
  category: z.string().trim().max(60, 'a category is at most 60 characters'),
  source: z.string().min(1, 'a scanner needs code').max(200_000, 'a scanner is at most 200 000 characters')
};
const scannerCreateSchema = z.strictObject({
  ...scannerFields,
  description: scannerFields.description.default(''),
  category: scannerFields.category.default('')
});
const scannerPatchSchema = z
  .strictObject(scannerFields)
  .partial()
  .refine(...notEmpty);

/**
 * Saved scanners: `GET /`, `POST /`, `GET /:id`, `PUT|PATCH /:id`, `DELETE /:id`.
 * @example app.route('/api/scanners', createScannerRoutes(store))
 */
export function createScannerRoutes(store: Store): Hono {
  const app = new Hono();
  app.get('/', async (c) => c.json({ scanners: await store.scanners.list(readQuery(c, syncQuerySchema)) }));
  app.post('/', async (c) =>
    c.json({ scanner: dataOrThrow(await store.scanners.create(await readJson(c, scannerCreateSchema))) }, 201)
  );
  app.get('/:id', async (c) => {
    const scanner = await store.scanners.get(c.req.param('id'));
    if (!scanner) throw notFound('scanner', c.req.param('id'));
    return c.json({ scanner });
  });
  app.put('/:id', async (c) =>
    c.json({
      scanner: dataOrThrow(await store.scanners.update(c.req.param('id'), await readJson(c, scannerCreateSchema)))
    })
  );
  app.patch('/:id', async (c) =>
    c.json({
      scanner: dataOrThrow(await store.scanners.update(c.req.param('id'), await readJson(c, scannerPatchSchema)))
    })
  );
  app.delete('/:id', async (c) => {
    if (!(await store.scanners.remove(c.req.param('id')))) throw notFound('scanner', c.req.param('id'));
    return c.body(null, 204);
  });
  return app;
}
