import type { Run, RunResult } from '../store/index.js';

const LISTED = 20;

/** Which matches an alert carries: all, those new since the previous run, or those that entered the top N. */
export interface AlertSelection {
  onlyNew: boolean;
  enteredTop: number | null;
}

/** The alert's title, e.g. "RSI oversold: 3 matches on NIFTY 50" or "RS leaders: 2 entered the top 20 on NIFTY 500". */
export function alertTitle(run: Run, matches: RunResult[], { onlyNew, enteredTop }: AlertSelection): string {
  const count =
    enteredTop !== null
      ? `${matches.length} entered the top ${enteredTop}`
      : `${matches.length} ${onlyNew ? 'new ' : ''}match${matches.length === 1 ? '' : 'es'}`;
  return `${run.scanner.name}: ${count} on ${run.watchlist?.name ?? 'a watchlist'}`;
}

/** The first symbols with their signals, one per line, then how many more. */
export function alertBody(matches: RunResult[]): string {
  const lines = matches.slice(0, LISTED).map((match) => `${match.symbol} ${match.signal}`.trim());
  if (matches.length > LISTED) lines.push(`…and ${matches.length - LISTED} more`);
  return lines.join('\n');
}

/**
 * The webhook's JSON payload (every match, with its columns).
 * @example JSON.stringify(webhookPayload(run, matches, { onlyNew: false, enteredTop: null }))
 */
export function webhookPayload(run: Run, matches: RunResult[], { onlyNew, enteredTop }: AlertSelection) {
  return {
    type: 'scan.matches',
    runId: run.id,
    scheduleId: run.scheduleId,
    scanner: { id: run.scanner.id, name: run.scanner.name },
    watchlist: run.watchlist ? { id: run.watchlist.id, name: run.watchlist.name } : null,
    startedAt: new Date(run.startedAt).toISOString(),
    finishedAt: run.finishedAt === null ? null : new Date(run.finishedAt).toISOString(),
    onlyNew,
    enteredTop,
    matches: matches.map(({ symbol, exchange, signal, columns, barTime }) => ({
      symbol,
      exchange,
      signal,
      columns,
      barTime
    }))
  };
}
