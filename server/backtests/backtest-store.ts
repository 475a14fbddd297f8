import { randomUUID } from 'node:crypto';
import type { Client } from '@libsql/client';
import { z } from 'zod';
import type { BacktestEvent } from '../../src-worker/backtest/types.js';
import { jsonColumn, parseRows } from '../store/rows.js';
import type { BacktestRequestBody } from './backtest-request.js';

export const BACKTEST_STATUSES = ['running', 'completed', 'cancelled', 'failed', 'interrupted'] as const;
export type BacktestStatus = (typeof BACKTEST_STATUSES)[number];

const rowSchema = z
  .object({
    id: z.string(),
    request: jsonColumn(z.record(z.string(), z.unknown())),
    scanner_name: z.string(),
    status: z.enum(BACKTEST_STATUSES),
    message: z.string().nullable(),
    summary: jsonColumn(z.unknown()).nullable(),
    hits_per_day: jsonColumn(z.array(z.unknown())).nullable(),
    errors: jsonColumn(z.array(z.unknown())).nullable(),
    stats: jsonColumn(z.record(z.string(), z.unknown())).nullable(),
    created_at: z.number(),
    finished_at: z.number().nullable(),
    event_count: z.number()
  })
  .transform((row) => ({
    id: row.id,
    request: row.request,
    scanner: row.scanner_name,
    status: row.status,
    message: row.message,
    summary: row.summary,
    hitsPerDay: row.hits_per_day,
    errors: row.errors,
    stats: row.stats,
    events: row.event_count,
    createdAt: row.created_at,
    finishedAt: row.finished_at
  }));
export type StoredBacktest = z.output<typeof rowSchema>;

export interface BacktestOutcome {
  status: Exclude<BacktestStatus, 'running' | 'interrupted'>;
  message: string | null;
  summary?: unknown;
  hitsPerDay?: unknown[];
  errors?: unknown[];
  stats?: Record<string, unknown>;
  events?: BacktestEvent[];
}

const COLUMNS =
  'backtests.*, (SELECT count(*) FROM backtest_events e WHERE e.backtest_id = backtests.id) AS event_count';
const EVENTS_PER_STATEMENT = 500;

/** Backtests and their events in the server's SQLite file. */
export function createBacktestStore(client: Client) {
  const get = async (id: string): Promise<StoredBacktest | null> => {
    const result = await client.execute({ sql: `SELECT ${COLUMNS} FROM backtests WHERE id = ?`, args: [id] });
    return parseRows(rowSchema, result.rows)[0] ?? null;
  };
  return {
    get,
    async start(request: BacktestRequestBody, scannerName: string, now = Date.now()): Promise<StoredBacktest> {
      const id = randomUUID();
      await client.execute({
        sql: "INSERT INTO backtests (id, request, scanner_name, status, created_at) VALUES (?, ?, ?, 'running', ?)",
        args: [id, JSON.stringify(request), scannerName, now]
      });
      return (await get(id))!;
    },
    /** Stores the outcome and its events in one transaction; only a running backtest can finish. */
    async finish(id: string, outcome: BacktestOutcome, now = Date.now()): Promise<void> {
      const events = outcome.events ?? [];
      const inserts = [];
      for (let i = 0; i < events.length; i += EVENTS_PER_STATEMENT) {
        const chunk = events.slice(i, i + EVENTS_PER_STATEMENT);
        inserts.push({
          sql: `INSERT INTO backtest_events (backtest_id, seq, event) VALUES ${chunk.map(() => '(?, ?, ?)').join(', ')}`,
          args: chunk.flatMap((event, k) => [id, i + k, JSON.stringify(event)])
        });
      }
      const json = (value: unknown) => (value === undefined ? null : JSON.stringify(value));
      await client.batch(
        [
          {
            sql: "UPDATE backtests SET status = ?, message = ?, summary = ?, hits_per_day = ?, errors = ?, stats = ?, finished_at = ? WHERE id = ? AND status = 'running'",
            args: [
              outcome.status,
              outcome.message,
              json(outcome.summary),
              json(outcome.hitsPerDay),
              json(outcome.errors),
              json(outcome.stats),
              now,
              id
            ]
          },
          ...inserts
        ],
        'write'
      );
    },
    async list(): Promise<StoredBacktest[]> {
      const result = await client.execute(`SELECT ${COLUMNS} FROM backtests ORDER BY created_at DESC, id LIMIT 500`);
      return parseRows(rowSchema, result.rows);
    },
    async events(id: string, offset: number, limit: number): Promise<BacktestEvent[]> {
      const result = await client.execute({
        sql: 'SELECT event FROM backtest_events WHERE backtest_id = ? ORDER BY seq LIMIT ? OFFSET ?',
        args: [id, limit, offset]
      });
      return result.rows.map((row) => JSON.parse(String(row.event)) as BacktestEvent);
    },
    async delete(id: string): Promise<boolean> {
      const [, removed] = await client.batch(
        [
          { sql: 'DELETE FROM backtest_events WHERE backtest_id = ?', args: [id] },
          { sql: 'DELETE FROM backtests WHERE id = ?', args: [id] }
        ],
        'write'
      );
      return removed.rowsAffected > 0;
    },
    /** Backtests left running by a server process that died: called once when this process starts serving them. */
    async markInterrupted(now = Date.now()): Promise<number> {
      const result = await client.execute({
        sql: "UPDATE backtests SET status = 'interrupted', finished_at = ?, message = coalesce(message, 'the server stopped during this backtest') WHERE status = 'running'",
        args: [now]
      });
      return result.rowsAffected;
    }
  };
}
export type BacktestStore = ReturnType<typeof createBacktestStore>;
