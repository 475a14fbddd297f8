/**
 * The backtest screen with the scan screen's current choices: scanner, watchlist, interval and
 * parameter values.
 * @example backtestHref({ scanner: 'saved:abc', watchlist: 'predefined:nifty50', interval: 'D', params: { fast: 10 } })
 */
export function backtestHref(choice: {
  scanner: string;
  watchlist: string;
  interval: string;
  params: Record<string, unknown>;
}): string {
  const query = new URLSearchParams({
    scanner: choice.scanner,
    watchlist: choice.watchlist,
    interval: choice.interval
  });
  if (Object.keys(choice.params).length > 0) query.set('params', JSON.stringify(choice.params));
  return `/backtest?${query}`;
}
