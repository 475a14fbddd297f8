/** One name a scanner can use without declaring it, with its one-line doc. */
export interface ContractName {
  name: string;
  /** How it is called or what it holds, e.g. `last(x, k = 0)`. */
  signature: string;
  doc: string;
  kind: 'variable' | 'function' | 'keyword';
}

const series = (name: string, doc: string): ContractName => ({
  name,
  signature: `${name}: Float64Array`,
  doc,
  kind: 'variable'
});
const helper = (name: string, signature: string, doc: string): ContractName => ({
  name,
  signature,
  doc,
  kind: 'function'
});

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
  {
    name: 'ta',
    signature: 'ta: object',
    doc: 'TA-Lib functions: ta.EMA(close, 20), ta.RSI(close, 14) …',
    kind: 'variable'
  },
  {
    name: 'Filter',
    signature: 'Filter = <boolean>',
    doc: 'AmiBroker style: the symbol is a row when Filter is true',
    kind: 'keyword'
  },
  helper(
    'AddColumn',
    'AddColumn(name, value, format?)',
    'Adds a result column (a series shows its newest value); format "1.2" = 2 decimals'
  ),
  {
    name: 'signal',
    signature: 'signal = <boolean>',
    doc: 'FluxScan style: the symbol is a row when signal is true',
    kind: 'keyword'
  },
  {
    name: 'signal_type',
    signature: "signal_type = 'BUY'",
    doc: 'BUY, SELL, WATCH, DATA, EXPLORE or CUSTOM',
    kind: 'keyword'
  },
  {
    name: 'metrics',
    signature: 'metrics = { name: value }',
    doc: 'Result columns for a matching row (FluxScan style)',
    kind: 'keyword'
  },
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
  { name: 'console', signature: 'console.log(…values)', doc: 'Logs up to 50 lines per symbol', kind: 'variable' },
  helper(
    'tf',
    'tf(interval) → { open, high, low, close, volume, oi, time }',
    "Bars of a higher timeframe resampled from the bars this scan sees: tf('W') weeks (Mon–Fri IST), tf('M') calendar months, " +
      "from intraday bars tf('D') sessions or tf('75m') (a whole multiple of the interval, from 09:15 IST). Open = first open, high = max, " +
      "low = min, close = last close, volume = sum, oi = last, time = the period's first bar; the last bar is still forming."
  ),
  {
    name: 'benchmark',
    signature: 'benchmark: { open, high, low, close, volume, oi, time } | null',
    doc:
      "The benchmark index (NIFTY unless @benchmark names another) aligned to this symbol's bars: at each bar the last index bar at or " +
      "before it, NaN before the index's first bar; null when the scan has no benchmark.",
    kind: 'variable'
  },
  helper('rs', 'rs(close, benchmark.close)', 'Relative strength line: close ÷ index at each bar'),
  helper(
    'rsRating',
    'rsRating(close, benchmark.close, n)',
    'Performance over n bars relative to the index, in %: ((close ÷ close n bars ago) ÷ (index ÷ index n bars ago) − 1) × 100 on the newest bar'
  ),
  helper(
    'mansfieldRS',
    'mansfieldRS(close, benchmark.close, n)',
    "Mansfield relative strength series: (rs ÷ SMA(rs, n) − 1) × 100 with rs = close ÷ index; n = 52 on weekly bars (e.g. tf('W').close)"
  ),
  {
    name: 'Rank',
    signature: 'Rank = <number>',
    doc:
      "AmiBroker's PositionScore: matches are ranked across symbols after the scan (1 = highest Rank; ties share the better rank), " +
      'each row gets rank and percentile columns, rows sort by rank, and @top N or the Top N field keeps the N best (per bar in a backtest)',
    kind: 'keyword'
  },
  {
    name: 'industry',
    signature: 'industry: string | null',
    doc: 'The symbol\'s Industry from the NSE list files, e.g. "Information Technology"; null when unknown',
    kind: 'variable'
  }
];

/** One header tag of the leading `/** … *\/` block, with how it is written and what it does. */
export interface HeaderTag {
  tag: string;
  signature: string;
  doc: string;
}

/** The header tags a scanner may declare. */
export const HEADER_TAGS: readonly HeaderTag[] = [
  { tag: 'name', signature: '@name Breakout with volume', doc: "The scanner's name" },
  { tag: 'category', signature: '@category Momentum', doc: 'A group for the scanner list' },
  { tag: 'description', signature: '@description One line on what it finds', doc: 'What the scanner looks for' },
  { tag: 'interval', signature: '@interval D', doc: 'The bar interval it runs on: 1m 3m 5m 10m 15m 30m 1h D W M' },
  { tag: 'lookback', signature: '@lookback 250', doc: 'How many bars of history each symbol gets' },
  {
    tag: 'param',
    signature: '@param fast integer 10 [2..200] Fast EMA',
    doc: 'A parameter: name, type (number integer boolean string choice), default, [range or a|b choices], label'
  },
  {
    tag: 'plot',
    signature: '@plot EMA(close, 20) pane=lower label="EMA 20"',
    doc: "An indicator drawn on the symbol's chart; a tf('W') series is drawn as a step line"
  },
  {
    tag: 'benchmark',
    signature: '@benchmark NIFTY500',
    doc: 'The NSE index `benchmark` follows (NIFTY when not given)'
  },
  {
    tag: 'top',
    signature: '@top 20',
    doc: 'Keep the 20 best-ranked matches (per bar in a backtest) when the scanner sets Rank; the Top N field overrides it'
  }
];
