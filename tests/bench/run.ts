import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { BENCH_BARS, BENCH_SCANNER, BENCH_SYMBOLS } from '../../src/routes/bench/bench-workload.js';
import { benchTaskFactory, loadRealSeries } from './bench-tasks.js';
import { backtestResults } from './backtest-bench.js';
import { backtestCliResults } from './backtest-cli-bench.js';
import { cliScanResults } from './cli-scan-bench.js';
import { pageLoadResults, scanScreenResults, shippedJsResults } from './app-bench-rows.js';
import { browserBacktestResults, measureBrowserBacktest } from './browser-backtest-bench.js';
import { measureInChromium } from './browser-bench.js';
import { browserPoolResults } from './browser-pool-rows.js';
import { cacheLoadResults } from './cache-load-rows.js';
import { firstLoadTransferInChromium, firstLoadTransferResults } from './first-load-transfer.js';
import { indicatorResults } from './indicator-bench-rows.js';
import { rankingResults } from './ranking-bench.js';
import { timeframeResults } from './timeframe-bench.js';
import { liveIngestResults, measureLiveIngest, type LiveIngestFigures } from './live-ingest-bench.js';
import { liveScanResults, measureLiveScan, type LiveScanFigures } from './live-scan-bench.js';
import { measureNodePool } from './engine-bench.js';
import { measureMarketData, type MarketFigures } from './market-bench.js';
import { marketDataResults } from './market-bench-rows.js';
import { measurePlainV8 } from './plain-v8-baseline.js';
import { failed, formatTable, measured, writeReport, type BenchResult } from './report.js';
import { measureServerScan, type ServerScanFigures } from './server-scan-bench.js';
import { serverScanResults } from './server-scan-bench-rows.js';

const RESULTS_DIR = fileURLToPath(new URL('../../bench-results/', import.meta.url));
const NODE_WARMUPS = 3;
const NODE_RUNS = 9;
const PLAIN_WARMUPS = 5;
const PLAIN_RUNS = 9;
const MIB = 1024 * 1024;

const TARGET_ONE_WORKER = { atLeast: 20_000 };
const TARGET_SANDBOX_OVERHEAD = { atMost: 4 };
const TARGET_POOL_SCALING = { atLeast: 1.7 };

const started = performance.now();
const loadAtStart = loadavg();
const log = (message: string) => console.log(`[${((performance.now() - started) / 1000).toFixed(1)} s] ${message}`);

const series = loadRealSeries();
const tasks = benchTaskFactory(series);
const rssAtStart = process.memoryUsage().rss;

log('plain V8 baseline…');
const plain = measurePlainV8(tasks(), { warmups: PLAIN_WARMUPS, runs: PLAIN_RUNS });
log('Node pool, one worker…');
const oneWorker = await measureNodePool({
  source: BENCH_SCANNER,
  tasks,
  size: 1,
  warmups: NODE_WARMUPS,
  runs: NODE_RUNS
});
log('Node pool, all cores…');
const wholePool = await measureNodePool({ source: BENCH_SCANNER, tasks, warmups: NODE_WARMUPS, runs: NODE_RUNS });
log(
  'Chromium: browser pool, IndexedDB candle cache, scan screen, app load, shipped JS (builds the app if it is stale)…'
);
const {
  engine: browser,
  cacheLoad,
  scanScreen,
  pageLoad,
  shippedJs
} = await measureInChromium({ dataDir: `${RESULTS_DIR}server-data` });
log('Chromium: bytes transferred on a first visit to each route…');
const firstLoadTransfer = await firstLoadTransferInChromium(`${RESULTS_DIR}transfer-data`);
log('market data: simulator, throttled OpenAlgo client, candle cache (the cold fetch takes ~35 s)…');
const market: MarketFigures | Error = await measureMarketData({ scratchDirectory: RESULTS_DIR }).catch(
  (error: unknown) => (error instanceof Error ? error : new Error(String(error)))
);
log('server: scheduled scans of NIFTY 500 in the real server process, cold then warm cache…');
const serverScan: ServerScanFigures | Error = await measureServerScan({ scratchDirectory: RESULTS_DIR }).catch(
  (error: unknown) => (error instanceof Error ? error : new Error(String(error)))
);
log('live: tick ingest into one-minute candles…');
const liveIngest: LiveIngestFigures | Error = (() => {
  try {
    return measureLiveIngest();
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
})();
log('ta indicators from trading-signals, cost per 1,000 bars next to EMA…');
const indicators = indicatorResults(series);
log('ranking: Rank over 2,000 matches in the coordinator…');
const ranking = rankingResults(series);
log('higher timeframe + benchmark: the reference scanner with tf(W), a weekly EMA and an RS line…');
const timeframes = await timeframeResults(series);
log('backtest: NIFTY 500 × 1 year in the Node pool, replay against naive scans, CLI backtest against scan…');
const backtests: BenchResult[] = [
  ...(await backtestResults(series, BENCH_SCANNER).catch((error: unknown) => [
    failed('Backtest NIFTY 500 × 1 y daily (Node pool): time', 's', error)
  ])),
  ...(() => {
    try {
      return backtestCliResults(series, BENCH_SCANNER);
    } catch (error) {
      return [failed('CLI backtest ÷ scan, whole process', '×', error)];
    }
  })()
];
log('backtest: the same NIFTY 500 × 1 year in the Chromium pool…');
const nodeBacktestRate = backtests.find((row) => row.name === 'Backtest: evaluations/s')?.value ?? null;
backtests.push(
  ...browserBacktestResults(await measureBrowserBacktest({ dataDir: `${RESULTS_DIR}server-data` }), nodeBacktestRate)
);
log('CLI: one-file scan, and 2,000 files × 250 bars against a plain V8 script, whole processes…');
const cliScan: BenchResult[] = await cliScanResults(series, BENCH_SCANNER).catch((error: unknown) => [
  failed('CLI scan ÷ plain V8 script, whole process', '×', error)
]);
log('live: candle close → live-scan event for NIFTY 500 on the simulator stream (32 closes)…');
const liveScan: LiveScanFigures | Error = await measureLiveScan({ scratchDirectory: RESULTS_DIR }).catch(
  (error: unknown) => (error instanceof Error ? error : new Error(String(error)))
);
log('done');

const msPerSymbol = (symbolsPerSecond: number) => 1000 / symbolsPerSecond;
const sandboxedOverPlainV8 = msPerSymbol(oneWorker.symbolsPerSecond) / plain.msPerSymbol;
const sandboxP50OverPlainV8P50 = oneWorker.p50SymbolMs / plain.p50SymbolMs;
const poolOverOneWorker = wholePool.symbolsPerSecond / oneWorker.symbolsPerSecond;
const browserOverNodeOneWorker =
  browser instanceof Error ? null : browser.symbolsPerSecond / oneWorker.symbolsPerSecond;
const nodeNote = (workers: number) =>
  `${workers} worker${workers === 1 ? '' : 's'}, median of ${NODE_RUNS} scans after ${NODE_WARMUPS} warm-ups`;

const browserResults = browserPoolResults(browser, wholePool);

const results: BenchResult[] = [
  measured(
    'Node, one worker: symbols/s',
    oneWorker.symbolsPerSecond,
    'symbols/s',
    TARGET_ONE_WORKER,
    nodeNote(oneWorker.workers)
  ),
  measured('Node, one worker: p50 per symbol in sandbox', oneWorker.p50SymbolMs, 'ms'),
  measured('Node, one worker: p99 per symbol in sandbox', oneWorker.p99SymbolMs, 'ms'),
  measured(
    'Node, whole pool: symbols/s',
    wholePool.symbolsPerSecond,
    'symbols/s',
    undefined,
    nodeNote(wholePool.workers)
  ),
  measured('Node, whole pool: p50 per symbol in sandbox', wholePool.p50SymbolMs, 'ms'),
  measured('Node, whole pool: p99 per symbol in sandbox', wholePool.p99SymbolMs, 'ms'),
  measured(
    'Plain V8 (same thread): symbols/s',
    plain.symbolsPerSecond,
    'symbols/s',
    undefined,
    `median of ${PLAIN_RUNS} runs after ${PLAIN_WARMUPS} warm-ups`
  ),
  measured('Plain V8: time per symbol', plain.msPerSymbol, 'ms'),
  measured('Plain V8: p50 per symbol', plain.p50SymbolMs, 'ms'),
  measured('Plain V8: p99 per symbol', plain.p99SymbolMs, 'ms'),
  measured(
    'Sandboxed one worker ÷ plain V8, time/symbol',
    sandboxedOverPlainV8,
    '×',
    TARGET_SANDBOX_OVERHEAD,
    'end to end: 1 ÷ symbols/s of each'
  ),
  measured(
    'Sandbox p50 ÷ plain V8 p50',
    sandboxP50OverPlainV8P50,
    '×',
    undefined,
    'inside the sandbox only, no messaging'
  ),
  measured(
    'Whole pool ÷ one worker, symbols/s',
    poolOverOneWorker,
    '×',
    TARGET_POOL_SCALING,
    `${wholePool.workers} workers on ${availableParallelism()} cores`
  ),
  measured(
    'Peak RSS of the process',
    (process.resourceUsage().maxRSS * 1024) / MIB,
    'MiB',
    undefined,
    'Node workers are threads of this process'
  ),
  measured(
    'RSS added by one worker (approx.)',
    (oneWorker.peakRssBytes - oneWorker.rssBeforeBytes) / MIB,
    'MiB',
    undefined,
    'peak while scanning − before the pool'
  ),
  measured(
    'RSS added by the whole pool (approx.)',
    (wholePool.peakRssBytes - wholePool.rssBeforeBytes) / MIB,
    'MiB',
    undefined,
    `${wholePool.workers} workers`
  ),
  ...serverScanResults(serverScan),
  ...browserResults,
  ...cacheLoadResults(cacheLoad),
  ...scanScreenResults(scanScreen),
  ...pageLoadResults(pageLoad),
  ...shippedJsResults(shippedJs),
  ...firstLoadTransferResults(firstLoadTransfer),
  ...marketDataResults(market),
  ...liveIngestResults(liveIngest),
  ...liveScanResults(liveScan),
  ...indicators,
  ...ranking,
  ...timeframes,
  ...cliScan,
  ...backtests
];

const matchesAgree = plain.matches === oneWorker.matches && oneWorker.matches === wholePool.matches;
const report = {
  machine: {
    cpus: availableParallelism(),
    cpuModel: cpus()[0]?.model ?? 'unknown',
    totalMemoryMiB: Math.round(totalmem() / MIB),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    // Other work on the machine skews every figure: the 1-minute load before and after.
    loadAverage: { atStart: loadAtStart[0], atEnd: loadavg()[0] }
  },
  workload: {
    scanner: BENCH_SCANNER,
    symbols: BENCH_SYMBOLS,
    barsPerSymbol: BENCH_BARS,
    realSeries: series.length,
    slicing:
      '250-bar windows of the real daily series in server/data/nifty50-daily, at offsets spread evenly over each series, round-robin across series',
    matches: {
      plainV8: plain.matches,
      nodeOneWorker: oneWorker.matches,
      nodeWholePool: wholePool.matches,
      agree: matchesAgree
    },
    rssAtStartMiB: rssAtStart / MIB,
    browser:
      browser instanceof Error
        ? { error: browser.message }
        : {
            poolSize: browser.poolSize,
            hardwareConcurrency: browser.hardwareConcurrency,
            rebuiltApp: browser.rebuiltApp,
            runs: browser.runs
          },
    cacheLoad: cacheLoad instanceof Error ? { error: cacheLoad.message } : cacheLoad,
    scanScreen: scanScreen instanceof Error ? { error: scanScreen.message } : scanScreen,
    pageLoad: pageLoad instanceof Error ? { error: pageLoad.message } : pageLoad,
    shippedJs: shippedJs instanceof Error ? { error: shippedJs.message } : shippedJs,
    market: market instanceof Error ? { error: market.message } : market,
    serverScan: serverScan instanceof Error ? { error: serverScan.message } : serverScan
  },
  results,
  baselineRatios: { sandboxedOverPlainV8, sandboxP50OverPlainV8P50, poolOverOneWorker, browserOverNodeOneWorker }
};

const jsonPath = `${RESULTS_DIR}bench.json`;
writeReport(jsonPath, report);
console.log(
  `\nFluxScan engine bench — ${BENCH_SYMBOLS.toLocaleString('en-US')} real symbols × ${BENCH_BARS} daily bars, ${report.machine.cpus} cores (${report.machine.cpuModel}), Node ${process.version}`
);
console.log(
  `load average (1 min) ${loadAtStart[0].toFixed(2)} at start, ${report.machine.loadAverage.atEnd.toFixed(2)} at end\n`
);
console.log(formatTable(results));
if (!matchesAgree)
  console.log(`\nWarning: the engines disagree on matches: ${JSON.stringify(report.workload.matches)}`);
console.log(`\nJSON: ${jsonPath}`);
