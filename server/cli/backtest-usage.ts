/** The help text for `fluxscan backtest --help`. */
export const BACKTEST_USAGE = `fluxscan backtest — when did a scanner fire over a date range, and what happened next

Usage:
  fluxscan backtest --scanner FILE.js --csv FILE_OR_DIR... --from YYYY-MM-DD --to YYYY-MM-DD [options]

Every bar dated --from … --to (IST) of each CSV file is a scan of the file cut at
that bar: the scanner sees every earlier bar of the file and nothing after. Each
signal's entry is the next bar's open; its return at h bars is the close h bars
on against the entry, in % (sign flipped for SELL/SHORT), with MFE/MAE from the
highs and lows in between. A horizon past the end of the file is null.
CSV files and their errors work as for "fluxscan scan".

Options:
  --scanner FILE.js     the scanner to replay (required)
  --csv FILE_OR_DIR...  CSV files or directories (required; may repeat)
  --from YYYY-MM-DD     first signal date (required)
  --to YYYY-MM-DD       last signal date (required)
  --horizons LIST       bars after the signal to measure, e.g. 1,5,10,20 (the default; up to 250)
  --benchmark FILE.csv  an index series (e.g. NIFTY) for excess returns and the hits-per-day close
  --params JSON         parameter overrides, e.g. '{"fast": 12}'
  --format FORMAT       table (summary, default), json (everything) or csv (one row per signal)
  --workers N           worker threads (default: one per core, at most one per file)
  --timeout-ms N        time limit per evaluated bar in ms (default 1000)
  --exchange CODE       exchange of every symbol (default NSE)
  -h, --help            this help`;
