import { parseBarTime } from './timestamp.js';
import { allocateCandles, type CandleColumns, type EpochSeconds } from './types.js';

export type ParsedCsv = { data: CandleColumns } | { error: string };

const REQUIRED = ['timestamp', 'open', 'high', 'low', 'close', 'volume'] as const;

/**
 * Bar times already read, by their text: files of one market repeat the same times (2,000 daily
 * files hold the same 250 dates), and reading a date string is most of a row's cost. Bounded.
 */
const barTimes = new Map<string, EpochSeconds | null>();
const BAR_TIMES_KEPT = 50_000;

function readBarTime(text: string | undefined): EpochSeconds | null {
  if (text === undefined) return null;
  let time = barTimes.get(text);
  if (time === undefined) {
    time = parseBarTime(text);
    if (barTimes.size >= BAR_TIMES_KEPT) barTimes.clear();
    barTimes.set(text, time);
  }
  return time;
}

/**
 * Parses candles in OpenAlgo `history` row format
 * (`timestamp,open,high,low,close,volume[,oi]`), sorted oldest → newest.
 * Rows must be complete; the first bad row is reported with its line number.
 * @example parseHistoryCsv('timestamp,open,high,low,close,volume\n1700000000,1,2,0.5,1.5,100')
 */
export function parseHistoryCsv(text: string): ParsedCsv {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  if (lines.length === 0) return { error: 'the file is empty' };
  const header = lines[0].split(',').map((h) => h.trim().toLowerCase());
  const column = (name: string) => header.indexOf(name);
  const missing = REQUIRED.filter((name) => column(name) < 0);
  if (missing.length > 0) return { error: `line 1: missing column(s) ${missing.join(', ')}` };
  const oiColumn = column('oi');
  const timeColumn = column('timestamp');
  const candles = allocateCandles(lines.length - 1);
  const fields = ['open', 'high', 'low', 'close', 'volume'] as const;
  const fieldColumns = fields.map(column);
  for (let row = 1; row < lines.length; row++) {
    const cells = lines[row].split(',');
    const time = readBarTime(cells[timeColumn]);
    if (time === null) return { error: `line ${row + 1}: unreadable timestamp "${cells[column('timestamp')]}"` };
    candles.time[row - 1] = time;
    for (let f = 0; f < fields.length; f++) {
      const value = Number(cells[fieldColumns[f]]);
      if (cells[fieldColumns[f]] === undefined || cells[fieldColumns[f]].trim() === '' || !Number.isFinite(value)) {
        return { error: `line ${row + 1}: ${fields[f]} is not a number` };
      }
      candles[fields[f]][row - 1] = value;
    }
    const oi = oiColumn >= 0 ? Number(cells[oiColumn]) : 0;
    candles.oi[row - 1] = Number.isFinite(oi) ? oi : 0;
  }
  for (let i = 1; i < candles.time.length; i++) {
    if (candles.time[i] <= candles.time[i - 1]) {
      return { error: `line ${i + 2}: bar time is not after the previous bar` };
    }
  }
  return { data: candles };
}
