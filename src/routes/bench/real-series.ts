import { z } from 'zod';
import type { CandleColumns } from '$engine/candles/types';
import type { RealSeries } from './bench-workload';

const seriesListSchema = z.object({ symbols: z.array(z.string()) });
const seriesSchema = z.object({
  symbol: z.string(),
  columns: z.object({
    time: z.array(z.number()),
    open: z.array(z.number()),
    high: z.array(z.number()),
    low: z.array(z.number()),
    close: z.array(z.number()),
    volume: z.array(z.number()),
    oi: z.array(z.number())
  })
});

async function fetchJson<T>(url: string, schema: z.ZodType<T>): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return schema.parse(await response.json());
}

/**
 * Every real series the server ships, downloaded whole (before any timing starts).
 * @example const series = await downloadRealSeries() // 30 NIFTY 50 stocks
 */
export async function downloadRealSeries(): Promise<RealSeries[]> {
  const { symbols } = await fetchJson('/api/demo/series', seriesListSchema);
  return Promise.all(
    symbols.map(async (name) => {
      const { symbol, columns } = await fetchJson(`/api/demo/series/${encodeURIComponent(name)}`, seriesSchema);
      const candles = Object.fromEntries(
        Object.entries(columns).map(([field, values]) => [field, Float64Array.from(values)])
      );
      return { symbol, candles: candles as unknown as CandleColumns };
    })
  );
}
