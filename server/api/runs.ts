import { Hono } from 'hono';
import { z } from 'zod';
import { RUN_STATUSES, type Store } from '../store/index.js';
import { readQuery } from '../http/validation.js';
import { idSchema, pageQuery } from './schemas.js';
import { runExportJson, runResultsCsv } from './run-export.js';
import { notFound } from './store-errors.js';

const runListQuery = z.strictObject({
  ...pageQuery(50, 500),
  scannerId: idSchema.optional(),
  scheduleId: idSchema.optional(),
  status: z.enum(RUN_STATUSES).optional()
});
const resultQuery = z.strictObject({
  ...pageQuery(500, 5000),
  signal: z.string().trim().max(40).optional(),
  symbol: z.string().trim().toUpperCase().max(64).optional()
});
const exportQuery = z.strictObject({
  format: z.enum(['csv', 'json']).default('csv'),
  /** `shown` writes numbers as the results show them (AddColumn format); `full` every digit. */
  precision: z.enum(['shown', 'full']).default('shown')
});
/** Every result of a run in one export: larger than any watchlist, so nothing is cut short. */
const EXPORT_LIMIT = 100_000;

/**
 * Scan history: `GET /` (`?limit&offset&scannerId&scheduleId&status`), `GET /:id` with results
 * (`?signal=BUY&symbol=INF&limit&offset`) and errors, `DELETE /:id`, `GET /:id/export?format=csv|json&precision=shown|full`.
 * @example app.route('/api/runs', createRunRoutes(store))
 */
export function createRunRoutes(store: Store): Hono {
  const app = new Hono();
  app.get('/', async (c) => {
    const { limit, offset, ...filter } = readQuery(c, runListQuery);
    return c.json({ ...(await store.runs.list({ limit, offset, ...filter })), limit, offset });
  });
  app.get('/:id', async (c) => {
    const query = readQuery(c, resultQuery);
    const run = await store.runs.get(c.req.param('id'));
    if (!run) throw notFound('run', c.req.param('id'));
    const [{ results, total }, errors] = await Promise.all([
      store.runs.results(run.id, query),
      store.runs.errors(run.id)
    ]);
    return c.json({ run, results: { items: results, total, limit: query.limit, offset: query.offset }, errors });
  });
  app.get('/:id/export', async (c) => {
    const { format, precision } = readQuery(c, exportQuery);
    const run = await store.runs.get(c.req.param('id'));
    if (!run) throw notFound('run', c.req.param('id'));
    const { results } = await store.runs.results(run.id, { limit: EXPORT_LIMIT });
    const filename = `fluxscan-run-${run.id.replace(/[^A-Za-z0-9-]/g, '')}.${format}`;
    c.header('Content-Disposition', `attachment; filename="${filename}"`);
    if (format === 'json') return c.json(runExportJson(run, results, await store.runs.errors(run.id)));
    return c.body(
      runResultsCsv(results, { columnFormats: run.columnFormats, fullPrecision: precision === 'full' }),
      200,
      { 'Content-Type': 'text/csv; charset=utf-8' }
    );
  });
  app.delete('/:id', async (c) => {
    if (!(await store.runs.remove(c.req.param('id')))) throw notFound('run', c.req.param('id'));
    return c.body(null, 204);
  });
  return app;
}
