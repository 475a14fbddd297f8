import type { Run, RunResult } from '../store/index.js';

const LISTED = 20;

/** The alert's title, e.g. "RSI oversold: 3 matches on NIFTY 50". */
export function alertTitle(run: Run, matches: RunResult[], onlyNew: boolean): string {
  const count = `${matches.length} ${onlyNew ? 'new ' : ''}match${matches.length === 1 ? '' : 'es'}`;
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
 * @example JSON.stringify(webhookPayload(run, matches, false))
 */
export function webhookPayload(run: Run, matches: RunResult[], onlyNew: boolean) {
  return {
    type: 'scan.matches',
    runId: run.id,
    scheduleId: run.scheduleId,
    scanner: { id: run.scanner.id, name: run.scanner.name },
    watchlist: run.watchlist ? { id: run.watchlist.id, name: run.watchlist.name } : null,
    startedAt: new Date(run.startedAt).toISOString(),
    finishedAt: run.finishedAt === null ? null : new Date(run.finishedAt).toISOString(),
    onlyNew,
    matches: matches.map(({ symbol, exchange, signal, columns, barTime }) => ({ symbol, exchange, signal, columns, barTime }))
  };
}
