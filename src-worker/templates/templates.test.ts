import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realCandles, realSymbols, realTasks } from '../../tests/fixtures/real-candles.js';
import { realIndustries, realNiftyIndex } from '../../tests/fixtures/real-index.js';
import { packCandles } from '../candles/packed.js';
import { lastBars, type CandleColumns } from '../candles/types.js';
import type { BatchTask } from '../engine/engine-api.js';
import { parseScannerHeader, type ScannerMeta } from '../contract/scanner-header.js';
import { validateScanner } from '../contract/validate-scanner.js';
import { ScanPool } from '../pool/scan-pool.js';
import type { ScanRow, ScanSummary } from '../pool/scan-types.js';
import { defaultSandboxLimits } from '../sandbox/limits.js';
import { ScannerSandbox } from '../sandbox/scanner-sandbox.js';
import { SCANNER_TEMPLATES, TEMPLATE_CATEGORIES, type ScannerTemplate } from './index.js';

const SYMBOLS = realSymbols();
const HISTORY = new Map(SYMBOLS.map((symbol) => [symbol, realCandles(symbol)]));
const SIGNALS = ['BUY', 'SELL', 'WATCH', 'EXPLORE'];
/** What a scan hands every symbol besides its candles: NIFTY as the benchmark, its industry. */
const BENCHMARK = packCandles(realNiftyIndex());
const INDUSTRIES = realIndustries();
/** `task` as a scan hands it to `template`: with the benchmark and industry when the template reads them. */
const forTemplate = (template: ScannerTemplate, task: BatchTask): BatchTask =>
  /\b(benchmark|industry)\b/.test(template.source)
    ? { ...task, benchmark: BENCHMARK, industry: INDUSTRIES.get(task.symbol.split('~')[0]) ?? null }
    : task;
/** Bars between the cut-off points at which the history scan looks at each series. */
const HISTORY_STEP = 10;
/** Explorations that list every symbol by design. */
const LISTS_EVERY_SYMBOL = new Set(['technical-snapshot']);

let pool: ScanPool;
let sandbox: ScannerSandbox;
beforeAll(async () => {
  pool = new ScanPool();
  sandbox = await ScannerSandbox.create(defaultSandboxLimits);
});
afterAll(() => {
  pool.close();
  sandbox.dispose();
});

function metaOf(template: ScannerTemplate): ScannerMeta {
  const header = parseScannerHeader(template.source);
  if ('error' in header) throw new Error(`${template.id}: line ${header.line}: ${header.error}`);
  return header.data;
}

/** The first `bars` bars of a series, as views. */
function firstBars(candles: CandleColumns, bars: number): CandleColumns {
  return {
    time: candles.time.subarray(0, bars),
    open: candles.open.subarray(0, bars),
    high: candles.high.subarray(0, bars),
    low: candles.low.subarray(0, bars),
    close: candles.close.subarray(0, bars),
    volume: candles.volume.subarray(0, bars),
    oi: candles.oi.subarray(0, bars)
  };
}

/**
 * Every real series as it stood at a cut-off point every HISTORY_STEP bars, each
 * trimmed to the scanner's lookback: the whole history replayed as daily scans.
 * A task's symbol is `INFY~900` for INFY's first 900 bars.
 */
function* historyTasks(template: ScannerTemplate, lookback: number): Generator<BatchTask> {
  for (const [symbol, candles] of HISTORY) {
    for (let end = candles.time.length; end >= lookback; end -= HISTORY_STEP) {
      yield forTemplate(template, {
        symbol: `${symbol}~${end}`,
        exchange: 'NSE',
        interval: 'D',
        candles: packCandles(lastBars(firstBars(candles, end), lookback))
      });
    }
  }
}

const latestScans = new Map<string, Promise<ScanSummary>>();
/** The template over every series' latest bars, scanned once and shared by the tests that need it. */
function latestScan(template: ScannerTemplate): Promise<ScanSummary> {
  let scan = latestScans.get(template.id);
  if (!scan) {
    scan = pool.scan({
      source: template.source,
      symbols: realTasks(metaOf(template).lookback).map((task) => forTemplate(template, task))
    });
    latestScans.set(template.id, scan);
  }
  return scan;
}

/** Every row has exactly the declared columns, no NaN (it arrives as null), and coherent trade levels. */
function expectWellFormedRows(template: ScannerTemplate, rows: ScanRow[]) {
  for (const row of rows) {
    const where = `${template.id} on ${row.symbol}`;
    expect(Object.keys(row.columns), where).toEqual(template.columns);
    expect(SIGNALS, where).toContain(row.signal);
    for (const [name, cell] of Object.entries(row.columns)) {
      expect(cell, `${where}: ${name}`).not.toBeNull();
      if (typeof cell === 'string') expect(cell, `${where}: ${name}`).not.toBe('');
    }
    const { entry, stop_loss: stop, target, risk_reward: rewardRisk } = row.columns;
    if (typeof entry === 'number' && typeof stop === 'number' && typeof target === 'number') {
      // A WATCH may lean either way; BUY and SELL must not.
      const long = row.signal === 'BUY' || (row.signal !== 'SELL' && stop < entry);
      const ordered = long ? [stop, entry, target] : [target, entry, stop];
      expect(
        ordered[0] < ordered[1] && ordered[1] < ordered[2],
        `${where}: stop ${stop}, entry ${entry}, target ${target}`
      ).toBe(true);
      expect(rewardRisk, `${where}: risk_reward`).toBeGreaterThan(0);
    }
  }
}

describe('the template library', () => {
  it('holds at least 24 templates with unique kebab-case ids', () => {
    expect(SCANNER_TEMPLATES.length).toBeGreaterThanOrEqual(24);
    const ids = SCANNER_TEMPLATES.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('lists the templates in category order, with at least two in every category', () => {
    const order = SCANNER_TEMPLATES.map((t) => TEMPLATE_CATEGORIES.indexOf(t.category));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    for (const category of TEMPLATE_CATEGORIES) {
      expect(SCANNER_TEMPLATES.filter((t) => t.category === category).length, category).toBeGreaterThanOrEqual(2);
    }
  });

  it("keeps the earlier product's templates", () => {
    const ids = SCANNER_TEMPLATES.map((t) => t.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'macd-crossover',
        'rsi-oversold-overbought',
        'stochastic-crossover',
        'momentum-breakout',
        'volume-breakout',
        'volume-dry-up',
        'price-volume-divergence',
        'obv-trend',
        'volume-price-trend',
        'ema-crossover',
        'golden-death-cross',
        'adx-trend-strength',
        'regression-channel-break',
        'supertrend-flip',
        'bollinger-squeeze',
        'atr-expansion-contraction',
        'keltner-breakout',
        'volatility-breakout',
        'support-resistance-breakout',
        'candlestick-patterns',
        'fibonacci-retracement',
        'technical-snapshot',
        'triple-confirmation'
      ])
    );
  });

  it('has a meaningful share of templates matching some symbol on the latest bars', async () => {
    const scans = await Promise.all(SCANNER_TEMPLATES.map(latestScan));
    const matching = scans.filter((scan) => scan.rows.length > 0).length;
    expect(matching / SCANNER_TEMPLATES.length).toBeGreaterThanOrEqual(0.4);
    // Every template's scan at once: on a busy shared machine this outlasts the default time-out.
  }, 180_000);
});

describe.each(SCANNER_TEMPLATES)('template $id', (template) => {
  it('repeats its name, category and description in its header', () => {
    const meta = metaOf(template);
    expect({ name: meta.name, category: meta.category, description: meta.description }).toEqual({
      name: template.name,
      category: template.category,
      description: template.description
    });
  });

  it('validates with no errors and no warnings', () => {
    const validation = validateScanner(template.source, sandbox);
    expect(validation.diagnostics).toEqual([]);
    expect(validation.ok).toBe(true);
  });

  it('scans every real series on its lookback without an error, rows carrying the declared columns', async () => {
    const scan = await latestScan(template);
    expect(scan.status, scan.message ?? '').toBe('completed');
    expect(scan.errors).toEqual([]);
    expect(scan.stats.symbols).toBe(SYMBOLS.length);
    expectWellFormedRows(template, scan.rows);
  });

  it('fires somewhere in the real history, and is selective', async () => {
    const scan = await pool.scan({
      source: template.source,
      symbols: historyTasks(template, metaOf(template).lookback)
    });
    expect(scan.status, scan.message ?? '').toBe('completed');
    expect(scan.errors).toEqual([]);
    const samples = scan.stats.symbols;
    expect(samples).toBeGreaterThan(SYMBOLS.length * 20);
    expectWellFormedRows(template, scan.rows);
    expect(scan.rows.length, 'matches over the sampled history').toBeGreaterThan(0);
    if (LISTS_EVERY_SYMBOL.has(template.id)) expect(scan.rows.length).toBe(samples);
    else expect(scan.rows.length / samples, 'share of sampled bars that match').toBeLessThan(0.5);
  });
});
