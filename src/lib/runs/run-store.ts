import { Dexie } from 'dexie';
import { runDatabase } from './run-db';
import {
  joinRun,
  parseRunSummary,
  runResultsSchema,
  runSummarySchema,
  splitRun,
  type ScanRun,
  type ScanRunSummary
} from './run-schema';

export { compareRuns, type RunComparison } from './run-compare';
export type { ScanRun, ScanRunSummary } from './run-schema';

/**
 * Saves a run (again, as it progresses); summary and results are written in one transaction.
 * The run is validated and copied first: a `$state` proxy cannot be stored as it is.
 * @example await saveRun({ ...run, status: 'completed', finishedAt: Date.now() })
 */
export async function saveRun(run: ScanRun): Promise<void> {
  const db = runDatabase();
  const { summary, results } = splitRun(run);
  const plainSummary = runSummarySchema.parse({
    ...summary,
    params: JSON.parse(JSON.stringify(summary.params)) as unknown
  });
  const plainResults = runResultsSchema.parse(results);
  await db.transaction('rw', db.runs, db.results, async () => {
    await db.runs.put(plainSummary);
    await db.results.put(plainResults);
  });
}

/**
 * One run with its rows; null when there is no such run or what is stored does not parse.
 * @example const run = await getRun(page.params.id)
 */
export async function getRun(id: string): Promise<ScanRun | null> {
  const db = runDatabase();
  const [summary, results] = await db.transaction('r', db.runs, db.results, () =>
    Promise.all([db.runs.get(id), db.results.get(id)])
  );
  return summary ? joinRun(summary, results) : null;
}

/**
 * A page of history, newest first, optionally one scanner's runs only; `total` counts every match.
 * @example const { runs, total } = await listRuns({ scannerId, limit: 20, offset: 40 })
 */
export async function listRuns(
  options: { scannerId?: string; limit?: number; offset?: number } = {}
): Promise<{ runs: ScanRunSummary[]; total: number }> {
  const { scannerId, limit = 20, offset = 0 } = options;
  const db = runDatabase();
  const collection = () =>
    scannerId === undefined
      ? db.runs.orderBy('startedAt').reverse()
      : db.runs.where('[scannerId+startedAt]').between([scannerId, Dexie.minKey], [scannerId, Dexie.maxKey]).reverse();
  const [values, total] = await Promise.all([collection().offset(offset).limit(limit).toArray(), collection().count()]);
  return { runs: values.map(parseRunSummary).filter((run) => run !== null), total };
}

/**
 * The scanners that have runs, by id, for the history filter (runs of unsaved scanners have none).
 * @example const scanners = await listRunScanners() // [{ scannerId: 'ema-cross', scannerName: 'EMA cross' }]
 */
export async function listRunScanners(): Promise<{ scannerId: string; scannerName: string }[]> {
  const db = runDatabase();
  const names = new Map<string, string>();
  // Newest first, so each scanner is listed under its latest name.
  await db.runs
    .orderBy('startedAt')
    .reverse()
    .each((value: unknown) => {
      const run = parseRunSummary(value);
      if (run?.scannerId && !names.has(run.scannerId)) names.set(run.scannerId, run.scannerName);
    });
  return [...names]
    .map(([scannerId, scannerName]) => ({ scannerId, scannerName }))
    .sort((a, b) => a.scannerName.localeCompare(b.scannerName));
}

/** Same scanner and same watchlist: by id when both runs have one, by name otherwise (unsaved scanners, ad-hoc lists). */
function sameSeries(a: ScanRunSummary, b: ScanRunSummary): boolean {
  const scanner =
    a.scannerId !== null && b.scannerId !== null ? a.scannerId === b.scannerId : a.scannerName === b.scannerName;
  const watchlist =
    a.watchlistId !== null && b.watchlistId !== null
      ? a.watchlistId === b.watchlistId
      : a.watchlistName === b.watchlistName;
  return scanner && watchlist;
}

/**
 * The latest completed run of the same scanner over the same watchlist that finished before `run` started.
 * @example compareRuns(await previousRun(run), run)
 */
export async function previousRun(run: ScanRun): Promise<ScanRun | null> {
  const db = runDatabase();
  const earlier = await db.runs
    .where('startedAt')
    .below(run.startedAt)
    .reverse()
    .filter((value: unknown) => {
      const candidate = parseRunSummary(value);
      return (
        candidate !== null &&
        candidate.id !== run.id &&
        candidate.status === 'completed' &&
        candidate.finishedAt !== null &&
        candidate.finishedAt <= run.startedAt &&
        sameSeries(candidate, run)
      );
    })
    .first();
  return earlier ? getRun(earlier.id) : null;
}

/**
 * Deletes a run and its results.
 * @example await deleteRun(run.id)
 */
export async function deleteRun(id: string): Promise<void> {
  const db = runDatabase();
  await db.transaction('rw', db.runs, db.results, async () => {
    await db.runs.delete(id);
    await db.results.delete(id);
  });
}
