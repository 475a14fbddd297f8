import { randomUUID } from 'node:crypto';
import type { Client } from '@libsql/client';
import { z } from 'zod';
import type { LiveInterval } from '../candles/index.js';
import type { LiveScan, LiveScanResult } from './live-scan-types.js';

const json = <T extends z.ZodType>(schema: T) =>
  z.string().transform((text) => schema.parse(JSON.parse(text)) as z.output<T>);
const instrument = z.object({ symbol: z.string(), exchange: z.string() });
const rowSchema = z.object({
  symbol: z.string(),
  exchange: z.string(),
  signal: z.string(),
  columns: z.record(z.string(), z.any()),
  barTime: z.number().nullable()
});

const liveScanRow = z
  .object({
    id: z.string(),
    scanner_id: z.string(),
    watchlist_id: z.string().nullable(),
    symbols: json(z.array(instrument)),
    interval: z.string(),
    params: json(z.record(z.string(), z.unknown())),
    status: z.enum(['running', 'stopped']),
    stop_reason: z.string().nullable(),
    created_at: z.number(),
    stopped_at: z.number().nullable()
  })
  .transform((row): LiveScan => ({
    id: row.id,
    scannerId: row.scanner_id,
    watchlistId: row.watchlist_id,
    symbols: row.symbols,
    interval: row.interval as LiveInterval,
    params: row.params,
    status: row.status,
    stopReason: row.stop_reason,
    createdAt: row.created_at,
    stoppedAt: row.stopped_at
  }));

const resultRow = z
  .object({
    live_scan_id: z.string(),
    day: z.string(),
    bar_time: z.number(),
    entered: json(z.array(z.string())),
    exited: json(z.array(z.string())),
    rows: json(z.array(rowSchema)),
    errors: z.number(),
    elapsed_ms: z.number()
  })
  .transform((row): LiveScanResult => ({
    liveScanId: row.live_scan_id,
    day: row.day,
    barTime: row.bar_time,
    entered: row.entered,
    exited: row.exited,
    rows: row.rows,
    errors: row.errors,
    elapsedMs: row.elapsed_ms
  }));

export type LiveScanInput = Pick<LiveScan, 'scannerId' | 'watchlistId' | 'symbols' | 'interval' | 'params'>;

export interface LiveScanRepository {
  create(input: LiveScanInput, now: number): Promise<LiveScan>;
  get(id: string): Promise<LiveScan | null>;
  list(): Promise<LiveScan[]>;
  stop(id: string, reason: string, now: number): Promise<LiveScan | null>;
  addResult(result: LiveScanResult): Promise<void>;
  /** One day's results, oldest bar first. */
  results(id: string, day: string): Promise<LiveScanResult[]>;
  latest(id: string): Promise<LiveScanResult | null>;
}

/**
 * Live scans and their per-bar results in the server's SQLite store.
 * @example const repo = createLiveScanRepository(store.client); await repo.create(input, Date.now())
 */
export function createLiveScanRepository(client: Client): LiveScanRepository {
  const one = async (sql: string, args: (string | number | null)[]) => {
    const { rows } = await client.execute({ sql, args });
    return rows.length === 0 ? null : liveScanRow.parse({ ...rows[0] });
  };
  return {
    async create(input, now) {
      const id = randomUUID();
      await client.execute({
        sql: `INSERT INTO live_scans (id, scanner_id, watchlist_id, symbols, interval, params, status, created_at) VALUES (?, ?, ?, ?, ?, ?, 'running', ?)`,
        args: [
          id,
          input.scannerId,
          input.watchlistId,
          JSON.stringify(input.symbols),
          input.interval,
          JSON.stringify(input.params),
          now
        ]
      });
      return (await one('SELECT * FROM live_scans WHERE id = ?', [id]))!;
    },
    get: (id) => one('SELECT * FROM live_scans WHERE id = ?', [id]),
    async list() {
      const { rows } = await client.execute('SELECT * FROM live_scans ORDER BY created_at DESC');
      return rows.map((row) => liveScanRow.parse({ ...row }));
    },
    async stop(id, reason, now) {
      await client.execute({
        sql: `UPDATE live_scans SET status = 'stopped', stop_reason = ?, stopped_at = ? WHERE id = ? AND status = 'running'`,
        args: [reason, now, id]
      });
      return one('SELECT * FROM live_scans WHERE id = ?', [id]);
    },
    async addResult(result) {
      await client.execute({
        sql: `INSERT OR REPLACE INTO live_scan_results (live_scan_id, day, bar_time, entered, exited, rows, errors, elapsed_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        args: [
          result.liveScanId,
          result.day,
          result.barTime,
          JSON.stringify(result.entered),
          JSON.stringify(result.exited),
          JSON.stringify(result.rows),
          result.errors,
          Math.round(result.elapsedMs)
        ]
      });
    },
    async results(id, day) {
      const { rows } = await client.execute({
        sql: 'SELECT * FROM live_scan_results WHERE live_scan_id = ? AND day = ? ORDER BY bar_time',
        args: [id, day]
      });
      return rows.map((row) => resultRow.parse({ ...row }));
    },
    async latest(id) {
      const { rows } = await client.execute({
        sql: 'SELECT * FROM live_scan_results WHERE live_scan_id = ? ORDER BY bar_time DESC LIMIT 1',
        args: [id]
      });
      return rows.length === 0 ? null : resultRow.parse({ ...rows[0] });
    }
  };
}
