import { getScanner } from '$lib/scanners/scanner-store';
import { getWatchlist } from '$lib/watchlists/watchlist-store';
import { z } from 'zod';
import { scannerListEnvelope, watchlistListEnvelope, type ServerNamed } from './schedule-schema';
import { serverRequest, type ServerResult } from './server-request';

const sameName = (a: string, b: string) => a.localeCompare(b, 'en', { sensitivity: 'base' }) === 0;
const failure = (message: string, field: string): ServerResult<never> => ({
  error: { status: 0, message, fields: { [field]: [message] } }
});

/** Creates the item on the server, or overwrites the server's item of the same name (names are unique there too). */
async function upsertByName<B extends { name: string }>(
  listed: ServerResult<{ items: ServerNamed[] }>,
  kind: 'scanner' | 'watchlist',
  body: B
): Promise<ServerResult<string>> {
  if ('error' in listed) return listed;
  const existing = listed.data.items.find((item) => sameName(item.name, body.name));
  const envelope = z.object({ [kind]: z.object({ id: z.string() }) }).transform((saved) => saved[kind].id);
  return existing
    ? serverRequest('PUT', `/api/${kind}s/${encodeURIComponent(existing.id)}`, envelope, body)
    : serverRequest('POST', `/api/${kind}s`, envelope, body);
}

/**
 * Makes the server hold this browser's scanner and watchlist as they are now (matched by name,
 * created or overwritten) and returns their server ids, which is what a schedule refers to.
 * Symbols OpenAlgo said it does not know are left out: the server would refuse or fail on them.
 * @example const ids = await ensureOnServer({ scannerId: scanner.id, watchlistId: list.id })
 *          if ('data' in ids) await createSchedule({ ...ids.data, kind: 'daily', spec: { times: ['09:20'] }, … })
 */
export async function ensureOnServer({
  scannerId,
  watchlistId
}: {
  scannerId: string;
  watchlistId: string;
}): Promise<ServerResult<{ scannerId: string; watchlistId: string }>> {
  const [scanner, watchlist] = await Promise.all([getScanner(scannerId), getWatchlist(watchlistId)]);
  if (!scanner) return failure('Choose one of your scanners.', 'scannerId');
  if (!watchlist) return failure('Choose one of your watchlists.', 'watchlistId');

  const scanners = await serverRequest('GET', '/api/scanners', scannerListEnvelope);
  const serverScanner = await upsertByName(
    'data' in scanners ? { data: { items: scanners.data.scanners } } : scanners,
    'scanner',
    { name: scanner.name, description: scanner.description, category: scanner.category, source: scanner.source }
  );
  if ('error' in serverScanner) return serverScanner;

  const watchlists = await serverRequest('GET', '/api/watchlists', watchlistListEnvelope);
  const symbols = watchlist.symbols
    .filter((s) => s.status !== 'unknown')
    .map(({ symbol, exchange }) => ({ symbol, exchange }));
  const serverWatchlist = await upsertByName(
    'data' in watchlists ? { data: { items: watchlists.data.watchlists } } : watchlists,
    'watchlist',
    { name: watchlist.name, symbols }
  );
  if ('error' in serverWatchlist) return serverWatchlist;
  return { data: { scannerId: serverScanner.data, watchlistId: serverWatchlist.data } };
}
