/** One name a scanner can use without declaring it, with its one-line doc. */
export interface ContractName {
  name: string;
  /** How it is called or what it holds, e.g. `last(x, k = 0)`. */
  signature: string;
  doc: string;
  kind: 'variable' | 'function' | 'keyword';
}

const series = (name: string, doc: string): ContractName => ({ name, signature: `${name}: Float64Array`, doc, kind: 'variable' });
const helper = (name: string, signature: string, doc: string): ContractName => ({ name, signature, doc, kind: 'function' });

/** The scanner contract: inputs, outputs and helpers (see the prelude in the engine). */
export const CONTRACT_NAMES: readonly ContractName[] = [
  series('open', 'Open prices, oldest → newest'),
  series('high', 'High prices, oldest → newest'),
  series('low', 'Low prices, oldest → newest'),
  series('close', 'Close prices, oldest → newest'),
  series('volume', 'Volumes, oldest → newest'),
  series('oi', 'Open interest, oldest → newest (0 where the exchange has none)'),
  series('time', 'Bar times in epoch seconds, oldest → newest'),
  { name: 'symbol', signature: 'symbol: string', doc: 'The symbol being scanned, e.g. "INFY"', kind: 'variable' },
  { name: 'exchange', signature: 'exchange: string', doc: 'Its exchange, e.g. "NSE"', kind: 'variable' },
  { name: 'interval', signature: 'interval: string', doc: 'The bar interval, e.g. "D" or "15m"', kind: 'variable' },
  { name: 'params', signature: 'params: object', doc: 'The declared @param values for this run', kind: 'variable' },
  { name: 'ta', signature: 'ta: object', doc: 'TA-Lib functions: ta.EMA(close, 20), ta.RSI(close, 14) …', kind: 'variable' },
  { name: 'Filter', signature: 'Filter = <boolean>', doc: 'AmiBroker style: the symbol is a row when Filter is true', kind: 'keyword' },
  helper('AddColumn', 'AddColumn(name, value, format?)', 'Adds a result column (a series shows its newest value); format "1.2" = 2 decimals'),
  { name: 'signal', signature: 'signal = <boolean>', doc: 'FluxScan style: the symbol is a row when signal is true', kind: 'keyword' },
  { name: 'signal_type', signature: "signal_type = 'BUY'", doc: 'BUY, SELL, WATCH, DATA, EXPLORE or CUSTOM', kind: 'keyword' },
  { name: 'metrics', signature: 'metrics = { name: value }', doc: 'Result columns for a matching row (FluxScan style)', kind: 'keyword' },
  helper('last', 'last(x, k = 0)', 'Value k bars before the newest: last(close) is the newest close'),
  helper('ref', 'ref(x, k)', 'The series shifted back by k bars, like AmiBroker Ref(x, -k)'),
  helper('cross', 'cross(a, b)', 'True when a crossed above b on the newest bar (same as crossover)'),
  helper('crossover', 'crossover(a, b)', 'True when a crossed above b on the newest bar (b may be a number)'),
  helper('crossunder', 'crossunder(a, b)', 'True when a crossed below b on the newest bar (b may be a number)'),
  helper('highest', 'highest(x, n, offset = 0)', 'Highest of the n bars ending offset bars ago'),
  helper('lowest', 'lowest(x, n, offset = 0)', 'Lowest of the n bars ending offset bars ago'),
  helper('average', 'average(x, n, offset = 0)', 'Mean of the n bars ending offset bars ago'),
  helper('change', 'change(x, k = 1)', 'Newest value minus the value k bars ago'),
  helper('percentChange', 'percentChange(x, k = 1)', 'Percent change from k bars ago to the newest bar'),
  helper('rising', 'rising(x, n = 1)', 'True when the series rose on each of the last n bars'),
  helper('falling', 'falling(x, n = 1)', 'True when the series fell on each of the last n bars'),
  helper('barsSince', 'barsSince(condition)', 'Bars since the condition was last true (0 = newest bar), NaN if never'),
  helper('nz', 'nz(v, fallback = 0)', 'The value, or the fallback when it is NaN, null or undefined'),
  { name: 'console', signature: 'console.log(…values)', doc: 'Logs up to 50 lines per symbol', kind: 'variable' }
];
