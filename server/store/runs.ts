import { randomUUID } from 'node:crypto';
import type { Client, InStatement } from '@libsql/client';
import { z } from 'zod';
import { capErrorText } from './error-text.js';
import { jsonColumn, parseRows } from './rows.js';

export const RUN_STATUSES = ['running', 'completed', 'failed', 'cancelled', 'interrupted'] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

/** What ran, copied at start so history survives later edits or deletion of the scanner. */
export const runScannerSchema = z.object({
  id: z.string().nullable(),
  name: z.string(),
  source: z.string(),
  params: z.record(z.string(), z.unknown()).default({})
});
export type RunScanner = z.input<typeof runScannerSchema>;
/** Over what it ran. */
export const runWatchlistSchema = z.object({ id: z.string().nullable(), name: z.string(), symbols: z.number().int() });
export type RunWatchlist = z.infer<typeof runWatchlistSchema>;
/** Scan figures (symbols, matches, errors, elapsedMs, …): numbers by name. */
export const runStatsSchema = z.record(z.string(), z.number());
export type RunStats = z.infer<typeof runStatsSchema>;
/** AddColumn formats by column name, as the scanner set them (`1.2`, `formatDateTime`, …). */
export const runColumnFormatsSchema = z.record(z.string(), z.string());
export type RunColumnFormats = z.infer<typeof runColumnFormatsSchema>;

export const cellSchema = z.union([z.number(), z.string(), z.boolean(), z.null()]);
export const runResultSchema = z.object({
  symbol: z.string(),
  exchange: z.string(),
  signal: z.string(),
  columns: z.record(z.string(), cellSchema),
  /** The bar the signal is on, epoch seconds (as candles carry it). */
  barTime: z.number().nullable()
});
export type RunResult = z.infer<typeof runResultSchema>;
export const runErrorSchema = z.object({
  symbol: z.string(),
  exchange: z.string(),
  message: z.string(),
  line: z.number().nullable(),
  column: z.number().nullable()
});
export type RunError = z.infer<typeof runErrorSchema>;

const runRowSchema = z
  .object({
    id: z.string(),
    schedule_id: z.string().nullable(),
    scanner: jsonColumn(runScannerSchema),
    watchlist: jsonColumn(runWatchlistSchema).nullable(),
    status: z.enum(RUN_STATUSES),
    started_at: z.number(),
    finished_at: z.number().nullable(),
    stats: jsonColumn(runStatsSchema).nullable(),
    column_formats: jsonColumn(runColumnFormatsSchema).nullable(),
    message: z.string().nullable(),
    result_count: z.number(),
    signal_count: z.number(),
    error_count: z.number()
  })
  .transform((row) => ({
    id: row.id,
    scheduleId: row.schedule_id,
    scanner: row.scanner,
    watchlist: row.watchlist,
    status: row.status,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    stats: row.stats,
    columnFormats: row.column_formats ?? {},
    message: row.message === null ? null : capErrorText(row.message),
    counts: { results: row.result_count, signals: row.signal_count, errors: row.error_count }
  }));
export type Run = z.output<typeof runRowSchema>;

const resultRowSchema = z
  .object({
    symbol: z.string(),
    exchange: z.string(),
    signal: z.string(),
    columns: jsonColumn(runResultSchema.shape.columns),
    bar_time: z.number().nullable()
  })
  .transform(({ bar_time, ...rest }) => ({ ...rest, barTime: bar_time }));
const errorRowSchema = z
  .object({
    symbol: z.string(),
    exchange: z.string(),
    message: z.string(),
    line: z.number().nullable(),
    col: z.number().nullable()
  })
  .transform(({ col, message, ...rest }) => ({ ...rest, message: capErrorText(message), column: col }));

/** A finished run's outcome; `results`/`errors` not yet appended are written in the same transaction. */
export interface RunOutcome {
  status: Exclude<RunStatus, 'running' | 'interrupted'>;
  stats?: RunStats | null;
  /** The scanner's AddColumn formats, for exports. */
  columnFormats?: RunColumnFormats;
  message?: string | null;
  results?: RunResult[];
  errors?: RunError[];
  finishedAt?: number;
}

export interface RunRepository {
  /** Records a run as 'running'. */
  start(input: {
    id?: string;
    scheduleId?: string | null;
    scanner: RunScanner;
    watchlist?: RunWatchlist | null;
    startedAt?: number;
  }): Promise<Run>;
  /** Adds results/errors of a running run (a scan writing as it goes); false when the run is not running. */
  append(runId: string, output: { results?: RunResult[]; errors?: RunError[] }): Promise<boolean>;
  /** Ends a running run: remaining output, status and stats commit together. Null when it is not running. */
  finish(runId: string, outcome: RunOutcome): Promise<Run | null>;
  get(id: string): Promise<Run | null>;
  list(filter?: {
    limit?: number;
    offset?: number;
    scannerId?: string;
    scheduleId?: string;
    status?: RunStatus;
  }): Promise<{ runs: Run[]; total: number }>;
  /** Results in symbol order; `signal` matches exactly, `symbol` is a case-insensitive prefix. */
  results(
    runId: string,
    filter?: { signal?: string; symbol?: string; limit?: number; offset?: number }
  ): Promise<{ results: RunResult[]; total: number }>;
  errors(runId: string): Promise<RunError[]>;
  remove(id: string): Promise<boolean>;
  /** At start-up: runs left 'running' by a crash or kill become 'interrupted'. Returns how many. */
  markInterruptedRuns(now?: number): Promise<number>;
}

const RUN_COLUMNS = `runs.*,
  (SELECT count(*) FROM run_results r WHERE r.run_id = runs.id) AS result_count,
  (SELECT count(*) FROM run_results r WHERE r.run_id = runs.id AND r.signal <> '') AS signal_count,
  (SELECT count(*) FROM run_errors e WHERE e.run_id = runs.id) AS error_count`;

/** The statements adding output to a run; each only inserts while the run is still running. */
function outputStatements(
  runId: string,
  { results = [], errors = [] }: { results?: RunResult[]; errors?: RunError[] }
): InStatement[] {
  return [
    ...results.map((r) => ({
      sql: `INSERT INTO run_results (run_id, symbol, exchange, signal, columns, bar_time)
            SELECT ?, ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM runs WHERE id = ? AND status = 'running')`,
      args: [runId, r.symbol, r.exchange, r.signal, JSON.stringify(r.columns), r.barTime, runId]
    })),
    ...errors.map((e) => ({
      sql: `INSERT INTO run_errors (run_id, symbol, exchange, message, line, col)
            SELECT ?, ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM runs WHERE id = ? AND status = 'running')`,
      args: [runId, e.symbol, e.exchange, capErrorText(e.message), e.line, e.column, runId]
    }))
  ];
}

/** Escapes LIKE wildcards so a symbol filter is a plain prefix. */
const likePrefix = (text: string) => `${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Scan runs, their results and errors in SQLite. @example const runs = createRunRepository(client) */
export function createRunRepository(client: Client): RunRepository {
  const get = async (id: string) => {
    const { rows } = await client.execute({ sql: `SELECT ${RUN_COLUMNS} FROM runs WHERE id = ?`, args: [id] });
    return parseRows(runRowSchema, rows)[0] ?? null;
  };
  return {
    async start({ id = randomUUID(), scheduleId = null, scanner, watchlist = null, startedAt = Date.now() }) {
      const snapshot = runScannerSchema.parse(scanner);
      await client.batch(
        [
          {
            sql: `INSERT INTO runs (id, schedule_id, scanner_id, scanner, watchlist, status, started_at) VALUES (?, ?, ?, ?, ?, 'running', ?)`,
            args: [
              id,
              scheduleId,
              snapshot.id,
              JSON.stringify(snapshot),
              watchlist ? JSON.stringify(watchlist) : null,
              startedAt
            ]
          }
        ],
        'write'
      );
      return (await get(id))!;
    },
    async append(runId, output) {
      const [running] = await client.batch(
        [
          { sql: "SELECT 1 FROM runs WHERE id = ? AND status = 'running'", args: [runId] },
          ...outputStatements(runId, output)
        ],
        'write'
      );
      return running.rows.length === 1;
    },
    async finish(
      runId,
      { status, stats = null, columnFormats = {}, message = null, results, errors, finishedAt = Date.now() }
    ) {
      // Output first: its inserts still see the run as running; the status change comes last.
      const written = await client.batch(
        [
          ...outputStatements(runId, { results, errors }),
          {
            sql: "UPDATE runs SET status = ?, stats = ?, column_formats = ?, message = ?, finished_at = ? WHERE id = ? AND status = 'running'",
            args: [
              status,
              stats ? JSON.stringify(stats) : null,
              JSON.stringify(columnFormats),
              message === null ? null : capErrorText(message),
              finishedAt,
              runId
            ]
          }
        ],
        'write'
      );
      return written[written.length - 1].rowsAffected === 1 ? get(runId) : null;
    },
    get,
    async list({ limit = 50, offset = 0, scannerId, scheduleId, status } = {}) {
      const where = `WHERE (?1 IS NULL OR scanner_id = ?1) AND (?2 IS NULL OR schedule_id = ?2) AND (?3 IS NULL OR status = ?3)`;
      const args = [scannerId ?? null, scheduleId ?? null, status ?? null];
      const [page, count] = await client.batch(
        [
          {
            sql: `SELECT ${RUN_COLUMNS} FROM runs ${where} ORDER BY started_at DESC, id LIMIT ?4 OFFSET ?5`,
            args: [...args, limit, offset]
          },
          { sql: `SELECT count(*) AS total FROM runs ${where}`, args }
        ],
        'read'
      );
      return { runs: parseRows(runRowSchema, page.rows), total: Number(count.rows[0].total) };
    },
    async results(runId, { signal, symbol, limit = 500, offset = 0 } = {}) {
      const where = `WHERE run_id = ?1 AND (?2 IS NULL OR signal = ?2) AND (?3 IS NULL OR symbol LIKE ?3 ESCAPE '\\')`;
      const args = [runId, signal ?? null, symbol ? likePrefix(symbol) : null];
      const [page, count] = await client.batch(
        [
          {
            sql: `SELECT * FROM run_results ${where} ORDER BY symbol, exchange, id LIMIT ?4 OFFSET ?5`,
            args: [...args, limit, offset]
          },
          { sql: `SELECT count(*) AS total FROM run_results ${where}`, args }
        ],
        'read'
      );
      return { results: parseRows(resultRowSchema, page.rows), total: Number(count.rows[0].total) };
    },
    async errors(runId) {
      const { rows } = await client.execute({
        sql: 'SELECT * FROM run_errors WHERE run_id = ? ORDER BY symbol, id',
        args: [runId]
      });
      return parseRows(errorRowSchema, rows);
    },
    async remove(id) {
      const removed = await client.batch(
        [
          { sql: 'DELETE FROM run_results WHERE run_id = ?', args: [id] },
          { sql: 'DELETE FROM run_errors WHERE run_id = ?', args: [id] },
          { sql: 'DELETE FROM alert_deliveries WHERE run_id = ?', args: [id] },
          { sql: 'DELETE FROM runs WHERE id = ?', args: [id] }
        ],
        'write'
      );
      return removed[3].rowsAffected === 1;
    },
    async markInterruptedRuns(now = Date.now()) {
      const [marked] = await client.batch(
        [
          {
            sql: "UPDATE runs SET status = 'interrupted', finished_at = ?, message = coalesce(message, 'the server stopped during this run') WHERE status = 'running'",
            args: [now]
          }
        ],
        'write'
      );
      return marked.rowsAffected;
    }
  };
}
