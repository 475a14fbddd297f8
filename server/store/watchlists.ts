import { randomUUID } from 'node:crypto';
import type { Client } from '@libsql/client';
import { z } from 'zod';
import { flag, isUniqueViolation, jsonColumn, parseRows, type StoreResult } from './rows.js';

export const watchlistSymbolSchema = z.object({ symbol: z.string(), exchange: z.string() });
export type WatchlistSymbol = z.infer<typeof watchlistSymbolSchema>;

export const watchlistRowSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    symbols: jsonColumn(z.array(watchlistSymbolSchema)),
    created_at: z.number(),
    updated_at: z.number(),
    deleted: flag
  })
  .transform(({ created_at, updated_at, ...rest }) => ({ ...rest, createdAt: created_at, updatedAt: updated_at }));

/** A saved watchlist. `deleted` rows are kept so a syncing browser learns of the deletion. */
export type Watchlist = z.output<typeof watchlistRowSchema>;
export interface WatchlistInput {
  name: string;
  symbols: WatchlistSymbol[];
}

export interface WatchlistRepository {
  list(options?: { includeDeleted?: boolean; updatedSince?: number }): Promise<Watchlist[]>;
  get(id: string): Promise<Watchlist | null>;
  create(input: WatchlistInput, now?: number): Promise<StoreResult<Watchlist>>;
  update(id: string, patch: Partial<WatchlistInput>, now?: number): Promise<StoreResult<Watchlist>>;
  /** Marks the watchlist deleted and removes its schedules, in one transaction. */
  remove(id: string, now?: number): Promise<boolean>;
}

const duplicate = (name: string) =>
  ({ error: { kind: 'duplicate-name', message: `a watchlist named "${name}" already exists` } }) as const;
const notFound = (id: string) => ({ error: { kind: 'not-found', message: `no watchlist "${id}"` } }) as const;

/** Watchlists in SQLite. @example const watchlists = createWatchlistRepository(client) */
export function createWatchlistRepository(client: Client): WatchlistRepository {
  return {
    async list({ includeDeleted = false, updatedSince } = {}) {
      const { rows } = await client.execute({
        sql: 'SELECT * FROM watchlists WHERE (? OR deleted = 0) AND updated_at > ? ORDER BY name COLLATE NOCASE',
        args: [includeDeleted ? 1 : 0, updatedSince ?? -1]
      });
      return parseRows(watchlistRowSchema, rows);
    },
    async get(id) {
      const { rows } = await client.execute({
        sql: 'SELECT * FROM watchlists WHERE id = ? AND deleted = 0',
        args: [id]
      });
      return parseRows(watchlistRowSchema, rows)[0] ?? null;
    },
    async create(input, now = Date.now()) {
      try {
        const [inserted] = await client.batch(
          [
            {
              sql: 'INSERT INTO watchlists (id, name, symbols, created_at, updated_at) VALUES (?, ?, ?, ?, ?) RETURNING *',
              args: [randomUUID(), input.name, JSON.stringify(input.symbols), now, now]
            }
          ],
          'write'
        );
        return { data: parseRows(watchlistRowSchema, inserted.rows)[0] };
      } catch (error) {
        if (isUniqueViolation(error)) return duplicate(input.name);
        throw error;
      }
    },
    async update(id, patch, now = Date.now()) {
      try {
        const [updated] = await client.batch(
          [
            {
              sql: `UPDATE watchlists SET name = coalesce(?, name), symbols = coalesce(?, symbols), updated_at = ?
                    WHERE id = ? AND deleted = 0 RETURNING *`,
              args: [patch.name ?? null, patch.symbols ? JSON.stringify(patch.symbols) : null, now, id]
            }
          ],
          'write'
        );
        const watchlist = parseRows(watchlistRowSchema, updated.rows)[0];
        return watchlist ? { data: watchlist } : notFound(id);
      } catch (error) {
        if (isUniqueViolation(error)) return duplicate(patch.name ?? '');
        throw error;
      }
    },
    async remove(id, now = Date.now()) {
      const [marked] = await client.batch(
        [
          { sql: 'UPDATE watchlists SET deleted = 1, updated_at = ? WHERE id = ? AND deleted = 0', args: [now, id] },
          {
            sql: 'UPDATE runs SET schedule_id = NULL WHERE schedule_id IN (SELECT id FROM schedules WHERE watchlist_id = ?)',
            args: [id]
          },
          { sql: 'DELETE FROM schedules WHERE watchlist_id = ?', args: [id] }
        ],
        'write'
      );
      return marked.rowsAffected === 1;
    }
  };
}
