import type { SavedBacktest } from './backtest-record';
import { readServerBacktest } from './server-backtest';

/**
 * Brings a backtest handed to the server up to date in history: once the server has finished it,
 * its summary, hits per day, events and errors are copied in, so it reads offline like any other.
 * Returns the record unchanged while it still runs or the server cannot be reached.
 */
export async function importServerBacktest(
  saved: SavedBacktest
): Promise<{ backtest: SavedBacktest; error: string | null }> {
  if (saved.runsOn !== 'server' || !saved.serverId || saved.status !== 'running')
    return { backtest: saved, error: null };
  const answer = await readServerBacktest(saved.serverId);
  if ('error' in answer)
    return {
      backtest: saved,
      error: answer.error.status === 404 ? 'the server no longer has this backtest' : answer.error.message
    };
  const server = answer.data;
  if (server.status === 'running') return { backtest: saved, error: null };
  return {
    error: null,
    backtest: {
      ...saved,
      status: server.status,
      message: server.message,
      finishedAt: server.finishedAt,
      summary: server.summary,
      stats: server.stats,
      eventCount: server.eventList.length,
      events: server.eventList,
      hitsPerDay: server.hitsPerDay ?? [],
      errors: server.errors ?? []
    }
  };
}
