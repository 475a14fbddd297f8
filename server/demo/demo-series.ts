import { readFile, readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { z } from 'zod';
import { parseHistoryCsv } from '../../src-worker/candles/history-csv.js';

const DAILY_DIR = fileURLToPath(new URL('../data/nifty50-daily/', import.meta.url));

const symbolParam = z.object({ symbol: z.string().regex(/^[A-Z0-9&-]{1,20}$/, 'an NSE symbol such as INFY') });

/**
 * The real NSE daily series shipped with FluxScan, as columns: the data the
 * built-in demo scanner runs on without any OpenAlgo.
 */
export function createDemoSeriesRoutes(): Hono {
  const app = new Hono();
  app.get('/', async (c) => {
    const files = await readdir(DAILY_DIR);
    return c.json({
      symbols: files
        .filter((f) => f.endsWith('.csv'))
        .map((f) => f.slice(0, -4))
        .sort()
    });
  });
  app.get('/:symbol', async (c) => {
    const parsed = symbolParam.safeParse(c.req.param());
    if (!parsed.success) throw new HTTPException(400, { message: `symbol: ${parsed.error.issues[0].message}` });
    const text = await readFile(`${DAILY_DIR}${parsed.data.symbol}.csv`, 'utf8').catch(() => null);
    if (text === null) throw new HTTPException(404, { message: `no demo series for ${parsed.data.symbol}` });
    const candles = parseHistoryCsv(text);
    if ('error' in candles) throw new HTTPException(500, { message: candles.error });
    const columns = Object.fromEntries(
      (Object.entries(candles.data) as [string, ArrayLike<number>][]).map(([field, values]) => [
        field,
        Array.from(values)
      ])
    );
    return c.json({
      symbol: parsed.data.symbol,
      exchange: 'NSE',
      interval: 'D',
      source: 'recorded NSE daily candles',
      columns
    });
  });
  return app;
}
