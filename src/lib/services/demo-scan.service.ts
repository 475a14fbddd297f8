import { z } from 'zod';
import { packCandles } from '$engine/candles/packed';
import type { CandleColumns } from '$engine/candles/types';
import type { BatchTask } from '$engine/engine/engine-api';
import { ScanPool } from '$engine/pool/scan-pool';
import type { ScanProgress, ScanRow, ScanSummary } from '$engine/pool/scan-types';

/** The built-in demo scanner: a 10/20 EMA crossover trend filter with RSI confirmation. */
export const DEMO_SCANNER = `/**
 * @name EMA trend with RSI
 * @category trend
 * @param fast integer 10 [2..200] Fast EMA period
 * @param slow integer 20 [2..400] Slow EMA period
 */
const fast = ta.EMA(close, params.fast);
const slow = ta.EMA(close, params.slow);
const rsi = ta.RSI(close, 14);
Filter = last(fast) > last(slow) && last(rsi) > 50;
AddColumn('Close', close, '1.2');
AddColumn('RSI', rsi, '1.1');
AddColumn('EMA spread %', (last(fast) - last(slow)) / last(slow) * 100, '1.2');
`;

const seriesListSchema = z.object({ symbols: z.array(z.string()) });
const seriesSchema = z.object({
  symbol: z.string(),
  exchange: z.string(),
  interval: z.string(),
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

/** Streams the shipped real series as scan tasks, so the pool computes while the rest download. */
async function* demoTasks(symbols: string[]): AsyncGenerator<BatchTask> {
  for (const symbol of symbols) {
    const series = await fetchJson(`/api/demo/series/${encodeURIComponent(symbol)}`, seriesSchema);
    const columns = Object.fromEntries(
      Object.entries(series.columns).map(([field, values]) => [field, Float64Array.from(values)])
    ) as unknown as CandleColumns;
    yield { symbol: series.symbol, exchange: series.exchange, interval: series.interval, candles: packCandles(columns) };
  }
}

export interface DemoScanCallbacks {
  onProgress: (progress: ScanProgress) => void;
  onRows: (rows: ScanRow[]) => void;
}

let pool: ScanPool | null = null;

/** Runs the demo scanner over every shipped real series in the browser worker pool. */
export async function runDemoScan(callbacks: DemoScanCallbacks): Promise<ScanSummary> {
  pool ??= new ScanPool();
  const { symbols } = await fetchJson('/api/demo/series', seriesListSchema);
  return pool.scan({
    source: DEMO_SCANNER,
    symbols: demoTasks(symbols),
    total: symbols.length,
    onProgress: callbacks.onProgress,
    onPartial: (rows) => callbacks.onRows(rows)
  });
}
