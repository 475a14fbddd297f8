import { randomUUID } from 'node:crypto';
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { realBacktest } from '../../../src/lib/backtest/test-helpers.js';
import type { ScanRun } from '../../../src/lib/runs/run-schema.js';
import { BacktestPage } from './backtest-page.js';
import { RunsPage } from './results-page.js';
import { ScannerEditorPage } from './scanner-editor-page.js';
import { ScannersPage } from './scanners-page.js';
import { ServerScheduledScan } from './server-scheduled-scan.js';
import { WatchlistsPage } from './watchlists-page.js';

/** A page of the app to visit, with something on it worth looking at. */
export interface AppRoute {
  name: string;
  path: string;
}

export const LONG_WATCHLIST_NAME = 'Momentum breakouts with rising volume above the 200-day average';

const SERVER_SCANNER = `/**
 * @name Every symbol
 * @interval D
 */
Filter = true;
AddColumn('Close', close, '1.2');
`;

/** A saved scanner with a parameter and a plot, so the editor shows its parameter form too. */
const EDITED_SCANNER = `/**
 * @name RSI dip in an uptrend
 * @category Momentum
 * @description RSI under a threshold while the close is above its 50-day EMA
 * @interval D
 * @lookback 120
 * @param level number 35 [5..95] RSI threshold
 * @plot RSI(close, 14) pane=lower label="RSI 14"
 */
Filter = last(ta.RSI(close, 14)) < params.level && last(close) > last(ta.EMA(close, 50));
AddColumn('Close', close, '1.2');
`;

const day = (date: string) => Date.parse(`${date}T00:00:00+05:30`) / 1000;

/** A stored run with several number columns, the shape a phone has to fit. */
const SEEDED_RUN: ScanRun = {
  id: 'routes-run',
  scannerId: 'momentum',
  scannerName: 'Momentum breakout with volume confirmation',
  watchlistId: 'nifty50',
  watchlistName: 'NIFTY 50',
  interval: 'D',
  lookbackBars: 250,
  params: { period: 20 },
  status: 'completed',
  message: null,
  startedAt: Date.parse('2026-12-04T09:20:00+05:30'),
  finishedAt: Date.parse('2026-12-04T09:20:03+05:30'),
  stats: {
    symbols: 3,
    matches: 2,
    errors: 1,
    workers: 2,
    elapsedMs: 3000,
    symbolsPerSecond: 1,
    p50SymbolMs: 2,
    p99SymbolMs: 3
  },
  rows: [
    {
      symbol: 'BAJAJ-AUTO',
      exchange: 'NSE',
      signal: 'BUY',
      columns: { Close: 9123.45, 'Change %': 2.345, RSI: 64.2, 'Volume ratio': 1.82, Volume: 1234567 },
      barTime: day('2026-12-04')
    },
    {
      symbol: 'INFY',
      exchange: 'NSE',
      signal: 'SELL',
      columns: { Close: 1520.4, 'Change %': -1.2, RSI: 31.9, 'Volume ratio': 0.91, Volume: 7654321 },
      barTime: day('2026-12-04')
    }
  ],
  errors: [{ symbol: 'BROKEN', exchange: 'NSE', message: 'no data: unknown symbol', line: null, column: null }],
  columnFormats: { Close: '1.2', 'Change %': '1.2', RSI: '1.1', 'Volume ratio': '1.2', Volume: '1.0' },
  dataStatus: [{ symbol: 'INFY', exchange: 'NSE', state: 'cached', error: null }]
};

/**
 * Creates what every screen of the app needs to show real content (a saved scanner, a watchlist with a
 * long name, a run in history, a server schedule with a finished run) and lists every route with it.
 * The /bench pages are left out: they are the benchmark's harness and start a minute of work on load.
 */
export async function seedEveryRoute(page: Page, request: APIRequestContext): Promise<AppRoute[]> {
  // The server outlives each test: a fresh name per walk.
  const server = await new ServerScheduledScan(request).run(`Routes walk ${randomUUID().slice(0, 8)}`, SERVER_SCANNER, [
    { symbol: 'INFY', exchange: 'NSE' }
  ]);

  const scanners = new ScannersPage(page);
  await scanners.open();
  await scanners.newBlank();
  const editor = new ScannerEditorPage(page);
  await editor.setCode(EDITED_SCANNER);
  await editor.save();
  await expect(page).toHaveURL(/\/scanners\/[0-9a-f-]{36}$/);
  const scannerId = page.url().split('/').at(-1)!;

  const watchlists = new WatchlistsPage(page);
  await watchlists.openIndex();
  await watchlists.create(LONG_WATCHLIST_NAME);
  await watchlists.paste('SBIN TCS INFY RELIANCE');
  const watchlistId = page.url().split('/').at(-1)!;

  await new RunsPage(page).seed([SEEDED_RUN]);
  // Two saved backtests built by the engine from real candles: one to open, both to compare.
  const backtests = [
    realBacktest({
      id: 'routes-backtest',
      scannerName: 'Momentum breakout with volume confirmation',
      params: { period: 20 }
    }),
    realBacktest({ id: 'routes-backtest-2', startedAt: 3_000, params: { period: 30 } })
  ];
  await new BacktestPage(page).seed(backtests);

  return [
    { name: 'dashboard', path: '/' },
    { name: 'scan', path: `/scan?scanner=${scannerId}` },
    { name: 'scanners', path: '/scanners' },
    { name: 'new scanner', path: '/scanners/new' },
    { name: 'scanner editor', path: `/scanners/${scannerId}` },
    { name: 'watchlists', path: '/watchlists' },
    { name: 'watchlist', path: `/watchlists/${watchlistId}` },
    { name: 'run history', path: '/runs' },
    { name: 'run', path: `/runs/${SEEDED_RUN.id}` },
    { name: 'schedules', path: '/schedules' },
    { name: 'new schedule', path: '/schedules/new' },
    { name: 'schedule', path: `/schedules/${server.scheduleId}` },
    { name: 'server run', path: `/schedules/${server.scheduleId}/runs/${server.run.id}` },
    { name: 'live scans', path: '/live' },
    { name: 'settings', path: '/settings' },
    { name: 'symbol', path: '/symbol/NSE/INFY' },
    { name: 'backtest', path: `/backtest?scanner=${scannerId}&watchlist=${watchlistId}` },
    { name: 'backtest history', path: '/backtest/history' },
    { name: 'saved backtest', path: `/backtest/${backtests[0].id}` },
    { name: 'backtest comparison', path: `/backtest/compare?a=${backtests[0].id}&b=${backtests[1].id}` }
  ];
}

/** Waits until a route has drawn its content (its h1, and no loading spinner left). */
export async function openRoute(page: Page, route: AppRoute): Promise<void> {
  await page.goto(route.path);
  await expect(page.locator('main h1').first()).toBeVisible();
  await expect(page.locator('main .loading')).toHaveCount(0, { timeout: 15_000 });
}
