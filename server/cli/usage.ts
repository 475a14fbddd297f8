const GENERAL = `fluxscan — run a FluxScan scanner over candle CSV files, no server needed

Usage:
  fluxscan scan --scanner FILE.js --csv FILE_OR_DIR... [options]
  fluxscan backtest --scanner FILE.js --csv FILE_OR_DIR... --from YYYY-MM-DD --to YYYY-MM-DD [options]
  fluxscan validate FILE.js
  fluxscan backup FILE | fluxscan restore FILE      (see fluxscan backup --help)
  fluxscan --help | fluxscan scan --help | fluxscan backtest --help

Exit codes: 0 success, 1 the scanner or some symbols failed, 2 bad arguments.`;

const SCAN_DETAILS = `CSV files are in OpenAlgo history format (timestamp,open,high,low,close,volume[,oi]);
the symbol is the file name without .csv (M&M.csv → M&M). A directory stands for
the *.csv files in it. A file that cannot be read or parsed (a missing FILE.csv
too) becomes that symbol's error and the scan goes on (exit 1). A missing
directory, a path that is not a .csv file and a directory without .csv files are
bad arguments (exit 2).

Options:
  --scanner FILE.js     the scanner to run (required)
  --csv FILE_OR_DIR...  CSV files or directories (required; may repeat)
  --params JSON         parameter overrides, e.g. '{"fast": 12}'
  --format FORMAT       table (default), json or csv
  --full-precision      csv: every digit of each number (default: as its AddColumn
                        format shows it, two decimals without one)
  --workers N           worker threads (default: one per core, at most one per file)
  --timeout-ms N        time limit per symbol in ms (default 1000)
  --exchange CODE       exchange of every symbol (default NSE)
  --lookback N          bars per symbol, newest last (default: the scanner's @lookback)
  --top N               with Rank = <number> in the scanner: keep the N best-ranked
                        matches (default: the scanner's @top, else all ranked)
  --industry-map FILE   an NSE list CSV (Symbol, Industry columns, e.g.
                        server/data/nse/ind_nifty500list.csv) for the scanner's industry
  --benchmark FILE.csv  an index in history format for the scanner's benchmark
                        (aligned to each symbol's bars) and rs/rsRating/mansfieldRS
  -h, --help            this help`;

const SCAN = `fluxscan scan — run a scanner over candle CSV files

Usage:
  fluxscan scan --scanner FILE.js --csv FILE_OR_DIR... [options]

${SCAN_DETAILS}`;

const VALIDATE = `fluxscan validate — check a scanner without running it

Usage:
  fluxscan validate FILE.js

Prints each problem as FILE:line:column: severity: message, and exits 1 on errors.`;

/** The help text for `fluxscan --help` or one command's `--help`. */
export function usage(topic: 'scan' | 'validate' | null): string {
  return topic === 'scan' ? SCAN : topic === 'validate' ? VALIDATE : `${GENERAL}\n\n${SCAN_DETAILS}`;
}
