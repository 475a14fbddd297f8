import { readdirSync, readFileSync } from 'node:fs';
import { NSE_LISTS_DIR, RECORDED_DAILY_DIR } from './data-files.js';
import { NSE_INDICES } from './nse-indices.js';

/** One instrument, shaped exactly like an OpenAlgo search/symbol result. */
export interface SymbolRecord {
  symbol: string;
  brsymbol: string;
  name: string;
  exchange: 'NSE' | 'NSE_INDEX';
  brexchange: 'NSE' | 'NSE_INDEX';
  instrumenttype: string;
  expiry: string;
  strike: number;
  lotsize: number;
  tick_size: number;
  token: string;
}

export interface SymbolMaster {
  find(symbol: string, exchange: string): SymbolRecord | undefined;
  search(query: string, exchange?: string): SymbolRecord[];
}

/** OpenAlgo caps search results; so does the simulator. */
const SEARCH_RESULT_LIMIT = 50;

/**
 * An NSE equity's record.
 * @example equityRecord('SBIN').brsymbol // 'SBIN-EQ'
 */
export function equityRecord(symbol: string, name = symbol, token = 0): SymbolRecord {
  return {
    symbol,
    brsymbol: `${symbol}-EQ`,
    name,
    exchange: 'NSE',
    brexchange: 'NSE',
    instrumenttype: '',
    expiry: '',
    strike: -0.01,
    lotsize: 1,
    tick_size: 0.05,
    token: String(token)
  };
}

/**
 * The simulator's master contract: NSE equities from EQUITY_L.csv, the recorded symbols
 * (a few were renamed since the recording, e.g. TATAMOTORS), and the main NSE indices.
 * @example loadSymbolMaster().find('SBIN', 'NSE')?.brsymbol // 'SBIN-EQ'
 */
export function loadSymbolMaster(): SymbolMaster {
  const lines = readFileSync(`${NSE_LISTS_DIR}EQUITY_L.csv`, 'utf8').split(/\r?\n/).slice(1);
  const records = new Map<string, SymbolRecord>();
  lines
    .filter((line) => line.trim() !== '')
    .forEach((line, index) => {
      const [symbol, name] = line.split(',');
      records.set(`NSE:${symbol}`, equityRecord(symbol, name, 100_000 + index));
    });
  for (const file of readdirSync(RECORDED_DAILY_DIR)) {
    const symbol = file.replace(/\.csv$/, '');
    if (!records.has(`NSE:${symbol}`))
      records.set(`NSE:${symbol}`, equityRecord(symbol, symbol, 200_000 + records.size));
  }
  NSE_INDICES.forEach((index, position) => {
    records.set(`NSE_INDEX:${index.symbol}`, {
      ...equityRecord(index.symbol, index.name, 26_000 + position),
      brsymbol: index.name,
      exchange: 'NSE_INDEX',
      brexchange: 'NSE_INDEX',
      instrumenttype: 'INDEX'
    });
  });
  const all = [...records.values()];

  return {
    find: (symbol, exchange) => records.get(`${exchange}:${symbol.toUpperCase()}`),
    search(query, exchange) {
      const needle = query.trim().toUpperCase();
      // Exact symbol first, then symbols starting with the query, then any other match.
      const rank = (record: SymbolRecord) =>
        record.symbol === needle ? 0 : record.symbol.startsWith(needle) ? 1 : record.symbol.includes(needle) ? 2 : 3;
      return all
        .filter((record) => !exchange || record.exchange === exchange)
        .filter((record) => record.symbol.includes(needle) || record.name.toUpperCase().includes(needle))
        .sort((a, b) => rank(a) - rank(b) || a.symbol.localeCompare(b.symbol))
        .slice(0, SEARCH_RESULT_LIMIT);
    }
  };
}
