import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHistoryCsv } from '../../src-worker/candles/history-csv.js';
import { packCandles } from '../../src-worker/candles/packed.js';
import { lastBars } from '../../src-worker/candles/types.js';
import { scanSymbol } from './plain-v8-baseline.js';

/**
 * The CLI's work as a plain script, the floor `fluxscan scan` is measured against: read each
 * history file in a folder, parse it, run the reference scanner as plain JavaScript on this
 * thread and print the matches as JSON. Compiled to JavaScript by the bench, like the CLI.
 * Usage: node plain-v8-cli.mjs FOLDER BARS
 */
const [dir, bars] = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((file) => file.endsWith('.csv'))
  .sort();
const rows = [];
for (const name of files) {
  const parsed = parseHistoryCsv(readFileSync(join(dir, name), 'utf8'));
  if ('error' in parsed) throw new Error(`${name}: ${parsed.error}`);
  const symbol = name.slice(0, -'.csv'.length);
  const columns = scanSymbol({
    symbol,
    exchange: 'NSE',
    interval: 'D',
    candles: packCandles(lastBars(parsed.data, Number(bars))),
    industry: null,
    benchmark: null
  });
  if (columns) rows.push({ symbol, columns });
}
process.stdout.write(
  `${JSON.stringify({ results: rows, stats: { symbols: files.length, matches: rows.length } }, null, 2)}\n`
);
