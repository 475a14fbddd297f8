import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realCandles, realSymbols } from '../../tests/fixtures/real-candles.js';
import { packCandles } from '../candles/packed.js';
import { lastBars, type CandleColumns } from '../candles/types.js';
import type { BatchTask } from '../engine/engine-api.js';
import { ScanPool } from '../pool/scan-pool.js';
import type { ScanRow } from '../pool/scan-types.js';
import { SCANNER_TEMPLATES } from './index.js';

/** Every real series cut every 5 bars over its last 400, 250 bars each: enough history for each template to fire. */
function cuts(): BatchTask[] {
  return realSymbols().flatMap((symbol) => {
    const candles = realCandles(symbol);
    const bars = candles.close.length;
    const tasks: BatchTask[] = [];
    for (let end = bars; end > bars - 400; end -= 5) {
      const cut = Object.fromEntries(
        Object.entries(candles).map(([field, s]) => [field, (s as Float64Array).subarray(0, end)])
      ) as unknown as CandleColumns;
      tasks.push({
        symbol: `${symbol}~${end}`,
        exchange: 'NSE',
        interval: 'D',
        candles: packCandles(lastBars(cut, 250))
      });
    }
    return tasks;
  });
}

let pool: ScanPool;
beforeAll(() => {
  pool = new ScanPool();
});
afterAll(() => pool.close());

async function rowsOf(id: string): Promise<ScanRow[]> {
  const template = SCANNER_TEMPLATES.find((t) => t.id === id);
  if (!template) throw new Error(`no template ${id}`);
  const scan = await pool.scan({ source: template.source, symbols: cuts() });
  expect(scan.errors).toEqual([]);
  expect(scan.rows.length, `${id} matches`).toBeGreaterThan(0);
  return scan.rows;
}

const num = (row: ScanRow, column: string) => row.columns[column] as number;

describe('the templates built on the trading-signals indicators report only what their names promise', () => {
  it('Ichimoku cloud breakout: price above the cloud, conversion just above base', async () => {
    for (const row of await rowsOf('ichimoku-cloud-breakout')) {
      expect(num(row, 'price')).toBeGreaterThan(num(row, 'cloud_top'));
      expect(num(row, 'cloud_top')).toBeGreaterThanOrEqual(num(row, 'cloud_bottom'));
      expect(num(row, 'conversion')).toBeGreaterThan(num(row, 'base'));
    }
  });

  it('Relative volume spike: RVOL ≥ 2 and the close in the top quarter of the range', async () => {
    for (const row of await rowsOf('relative-volume-spike')) {
      expect(num(row, 'rvol')).toBeGreaterThanOrEqual(2);
      expect(num(row, 'close_in_range')).toBeGreaterThanOrEqual(0.75);
    }
  });

  it('Connors RSI below 10 in an uptrend', async () => {
    for (const row of await rowsOf('connors-rsi-pullback')) {
      expect(num(row, 'crsi')).toBeLessThan(10);
      expect(num(row, 'price')).toBeGreaterThan(num(row, 'sma_trend'));
    }
  });

  it('TTM Squeeze fires after at least 5 bars on, in the direction of its momentum', async () => {
    const rows = await rowsOf('ttm-squeeze-fires');
    for (const row of rows) {
      expect(num(row, 'squeeze_bars')).toBeGreaterThanOrEqual(5);
      expect(row.signal).toBe(num(row, 'momentum') > 0 ? 'BUY' : 'SELL');
    }
  });

  it('Hull MA turns up and Chandelier Exit flips put the stop on the right side', async () => {
    for (const row of await rowsOf('hull-ma-turns-up')) expect(num(row, 'stop_loss')).toBeLessThan(num(row, 'price'));
    const flips = await rowsOf('chandelier-exit-flip');
    for (const row of flips) {
      expect(num(row, 'stop_loss')).toBe(row.signal === 'BUY' ? num(row, 'long_stop') : num(row, 'short_stop'));
    }
    expect(new Set(flips.map((row) => row.signal))).toEqual(new Set(['BUY', 'SELL']));
  });
});
