import { randomUUID } from 'node:crypto';
import type { Client, InStatement } from '@libsql/client';
import { z } from 'zod';
import { flag, jsonColumn, parseRows, type StoreResult } from './rows.js';
import { scheduleTimingSchema, type ScheduleTiming } from './schedule-timing.js';

export const DEFAULT_TIMEZONE = 'Asia/Kolkata';

/** A run the scheduler skipped: when it decided (`at`), the time that was due and why it did not run. */
export const scheduleSkipSchema = z.object({ at: z.number(), dueAt: z.number(), reason: z.string() });
export type ScheduleSkip = z.output<typeof scheduleSkipSchema>;

export const scheduleRowSchema = z
  .object({
    id: z.string(),
    scanner_id: z.string(),
    watchlist_id: z.string(),
    kind: z.string(),
    spec: jsonColumn(z.unknown()),
    timezone: z.string(),
    market_hours_only: flag,
    enabled: flag,
    next_run_at: z.number().nullable(),
    last_run_at: z.number().nullable(),
    last_skip: jsonColumn(scheduleSkipSchema).nullable(),
    created_at: z.number(),
    updated_at: z.number()
  })
  .transform((row) => ({
    id: row.id,
    scannerId: row.scanner_id,
    watchlistId: row.watchlist_id,
    ...scheduleTimingSchema.parse({ kind: row.kind, spec: row.spec }),
    timezone: row.timezone,
    marketHoursOnly: row.market_hours_only,
    enabled: row.enabled,
    nextRunAt: row.next_run_at,
    lastRunAt: row.last_run_at,
    lastSkip: row.last_skip,
    createdAt: row.created_at,
    updatedAt: row.updated_at
  }));

/**
 * A saved schedule. `nextRunAt` is the scheduler's: null means "not computed yet"
 * (new or re-timed schedules), and the scheduler fills it in.
 */
export type Schedule = z.output<typeof scheduleRowSchema>;
export type ScheduleInput = ScheduleTiming & {
  scannerId: string;
  watchlistId: string;
  timezone?: string;
  marketHoursOnly?: boolean;
  enabled?: boolean;
};
export type SchedulePatch = Partial<Omit<ScheduleInput, 'kind' | 'spec'>> & { timing?: ScheduleTiming };

export interface ScheduleRepository {
  list(filter?: { scannerId?: string; watchlistId?: string; enabled?: boolean }): Promise<Schedule[]>;
  get(id: string): Promise<Schedule | null>;
  create(input: ScheduleInput, now?: number): Promise<StoreResult<Schedule>>;
  /** Changing the timing, timezone or enabling clears `nextRunAt` for the scheduler to recompute. */
  update(id: string, patch: SchedulePatch, now?: number): Promise<StoreResult<Schedule>>;
  remove(id: string): Promise<boolean>;
  /** Enabled schedules with `nextRunAt` null or at/before `now`: what the scheduler should look at. */
  due(now?: number): Promise<Schedule[]>;
  /** The scheduler's bookkeeping: set `nextRunAt` (null = never again) and optionally `lastRunAt` or the skip it just made. */
  setRunTimes(
    id: string,
    times: { nextRunAt: number | null; lastRunAt?: number; skip?: ScheduleSkip }
  ): Promise<boolean>;
}

/** Unknown scanner or watchlist ids, checked inside the write so a concurrent delete cannot slip between. */
const referencesExist = (scannerId: string, watchlistId: string): InStatement => ({
  sql: `SELECT (SELECT count(*) FROM scanners WHERE id = ? AND deleted = 0) AS scanner,
               (SELECT count(*) FROM watchlists WHERE id = ? AND deleted = 0) AS watchlist`,
  args: [scannerId, watchlistId]
});

const missingReference = (row: Record<string, unknown>, scannerId: string, watchlistId: string) =>
  Number(row.scanner) === 0
    ? ({ error: { kind: 'invalid-reference', message: `no scanner "${scannerId}"`, field: 'scannerId' } } as const)
    : Number(row.watchlist) === 0
      ? ({
          error: { kind: 'invalid-reference', message: `no watchlist "${watchlistId}"`, field: 'watchlistId' }
        } as const)
      : null;

/** Schedules in SQLite. @example const schedules = createScheduleRepository(client) */
export function createScheduleRepository(client: Client): ScheduleRepository {
  const get = async (id: string) => {
    const { rows } = await client.execute({ sql: 'SELECT * FROM schedules WHERE id = ?', args: [id] });
    return parseRows(scheduleRowSchema, rows)[0] ?? null;
  };
  return {
    async list({ scannerId, watchlistId, enabled } = {}) {
      const { rows } = await client.execute({
        sql: `SELECT * FROM schedules WHERE (?1 IS NULL OR scanner_id = ?1) AND (?2 IS NULL OR watchlist_id = ?2)
                AND (?3 IS NULL OR enabled = ?3) ORDER BY created_at`,
        args: [scannerId ?? null, watchlistId ?? null, enabled === undefined ? null : enabled ? 1 : 0]
      });
      return parseRows(scheduleRowSchema, rows);
    },
    get,
    async create(input, now = Date.now()) {
      const id = randomUUID();
      // The existence check and the insert share one write transaction; the INSERT … SELECT
      // only inserts when both references are live.
      const [check, inserted] = await client.batch(
        [
          referencesExist(input.scannerId, input.watchlistId),
          {
            sql: `INSERT INTO schedules (id, scanner_id, watchlist_id, kind, spec, timezone, market_hours_only, enabled, created_at, updated_at)
                  SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?
                  WHERE EXISTS (SELECT 1 FROM scanners WHERE id = ? AND deleted = 0)
                    AND EXISTS (SELECT 1 FROM watchlists WHERE id = ? AND deleted = 0)
                  RETURNING *`,
            args: [
              id,
              input.scannerId,
              input.watchlistId,
              input.kind,
              JSON.stringify(input.spec),
              input.timezone ?? DEFAULT_TIMEZONE,
              input.marketHoursOnly ? 1 : 0,
              input.enabled === false ? 0 : 1,
              now,
              now,
              input.scannerId,
              input.watchlistId
            ]
          }
        ],
        'write'
      );
      const missing = missingReference(check.rows[0], input.scannerId, input.watchlistId);
      if (missing) return missing;
      return { data: parseRows(scheduleRowSchema, inserted.rows)[0] };
    },
    async update(id, patch, now = Date.now()) {
      const current = await get(id);
      if (!current) return { error: { kind: 'not-found', message: `no schedule "${id}"` } };
      const scannerId = patch.scannerId ?? current.scannerId;
      const watchlistId = patch.watchlistId ?? current.watchlistId;
      const timing = patch.timing ?? { kind: current.kind, spec: current.spec };
      const retimed = patch.timing !== undefined || patch.timezone !== undefined || patch.enabled === true;
      const [check, updated] = await client.batch(
        [
          referencesExist(scannerId, watchlistId),
          {
            sql: `UPDATE schedules SET scanner_id = ?, watchlist_id = ?, kind = ?, spec = ?, timezone = ?, market_hours_only = ?,
                    enabled = ?, next_run_at = CASE WHEN ? THEN NULL ELSE next_run_at END, updated_at = ?
                  WHERE id = ? AND EXISTS (SELECT 1 FROM scanners WHERE id = ? AND deleted = 0)
                    AND EXISTS (SELECT 1 FROM watchlists WHERE id = ? AND deleted = 0)
                  RETURNING *`,
            args: [
              scannerId,
              watchlistId,
              timing.kind,
              JSON.stringify(timing.spec),
              patch.timezone ?? current.timezone,
              (patch.marketHoursOnly ?? current.marketHoursOnly) ? 1 : 0,
              (patch.enabled ?? current.enabled) ? 1 : 0,
              retimed ? 1 : 0,
              now,
              id,
              scannerId,
              watchlistId
            ]
          }
        ],
        'write'
      );
      const missing = missingReference(check.rows[0], scannerId, watchlistId);
      if (missing) return missing;
      const schedule = parseRows(scheduleRowSchema, updated.rows)[0];
      return schedule ? { data: schedule } : { error: { kind: 'not-found', message: `no schedule "${id}"` } };
    },
    async remove(id) {
      const [, deleted] = await client.batch(
        [
          { sql: 'UPDATE runs SET schedule_id = NULL WHERE schedule_id = ?', args: [id] },
          { sql: 'DELETE FROM schedules WHERE id = ?', args: [id] }
        ],
        'write'
      );
      return deleted.rowsAffected === 1;
    },
    async due(now = Date.now()) {
      const { rows } = await client.execute({
        sql: 'SELECT * FROM schedules WHERE enabled = 1 AND (next_run_at IS NULL OR next_run_at <= ?) ORDER BY next_run_at',
        args: [now]
      });
      return parseRows(scheduleRowSchema, rows);
    },
    async setRunTimes(id, { nextRunAt, lastRunAt, skip }) {
      const [updated] = await client.batch(
        [
          {
            sql: 'UPDATE schedules SET next_run_at = ?, last_run_at = coalesce(?, last_run_at), last_skip = coalesce(?, last_skip) WHERE id = ?',
            args: [nextRunAt, lastRunAt ?? null, skip ? JSON.stringify(skip) : null, id]
          }
        ],
        'write'
      );
      return updated.rowsAffected === 1;
    }
  };
}
