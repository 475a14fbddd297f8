import { chromium } from '@playwright/test';
import { ensureAppBuilt, startAppServer } from './app-server.js';
import { measureScanScreen } from './scan-screen-bench.js';
import { measurePageLoad } from './page-load-bench.js';
import { measureShippedJs } from './shipped-js.js';
import { pageLoadResults, scanScreenResults, shippedJsResults } from './app-bench-rows.js';
import { formatTable } from './report.js';
console.log('built', await ensureAppBuilt());
const server = await startAppServer('/tmp/zz-data');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const s = await measureScanScreen(browser, server.url).catch((e) => e);
  const p = await measurePageLoad(browser, server.url).catch((e) => e);
  const j = await measureShippedJs(browser, server.url).catch((e) => e);
  console.log(JSON.stringify({ s, p, j: j instanceof Error ? j.message : { ...j, allJs: j.allJs.files.length } }, null, 1).slice(0, 6000));
  console.log(formatTable([...scanScreenResults(s), ...pageLoadResults(p), ...shippedJsResults(j)]));
} finally { await browser.close(); await server.stop(); }
