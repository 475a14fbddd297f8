import { randomUUID } from 'node:crypto';
import type { Client } from '@libsql/client';
import { z } from 'zod';
import { flag, isUniqueViolation, parseRows, type StoreResult } from './rows.js';

export const scannerRowSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    description: z.string(),
    category: z.string(),
    source: z.string(),
    created_at: z.number(),
    updated_at: z.number(),
    deleted: flag
  })
  .transform(({ created_at, updated_at, ...rest }) => ({ ...rest, createdAt: created_at, updatedAt: updated_at }));

/** A saved scanner. `deleted` rows are kept so a syncing browser learns of the deletion. */
export type Scanner = z.output<typeof scannerRowSchema>;
export interface ScannerInput {
  name: string;
  description: string;
  category: string;
  source: string;
}

export interface ScannerRepository {
  /** Live scanners by name; `includeDeleted` and `updatedSince` (epoch ms) serve sync. */
  list(options?: { includeDeleted?: boolean; updatedSince?: number }): Promise<Scanner[]>;
  get(id: string): Promise<Scanner | null>;
  create(input: ScannerInput, now?: number): Promise<StoreResult<Scanner>>;
  update(id: string, patch: Partial<ScannerInput>, now?: number): Promise<StoreResult<Scanner>>;
  /** Marks the scanner deleted and removes its schedules, in one transaction. */
  remove(id: string, now?: number): Promise<boolean>;
}

const duplicate = (name: string) =>
  ({ error: { kind: 'duplicate-name', message: `a scanner named "${name}" already exists` } }) as const;
const notFound = (id: string) => ({ error: { kind: 'not-found', message: `no scanner "${id}"` } }) as const;

/** Scanners in SQLite. @example const scanners = createScannerRepository(client) */
export function createScannerRepository(client: Client): ScannerRepository {
  const get = async (id: string) => {
    const { rows } = await client.execute({ sql: 'SELECT * FROM scanners WHERE id = ? AND deleted = 0', args: [id] });
    return parseRows(scannerRowSchema, rows)[0] ?? null;
  };
  return {
    async list({ includeDeleted = false, updatedSince } = {}) {
      const { rows } = await client.execute({
        sql: `SELECT * FROM scanners WHERE (? OR deleted = 0) AND updated_at > ? ORDER BY name COLLATE NOCASE`,
        args: [includeDeleted ? 1 : 0, updatedSince ?? -1]
      });
      return parseRows(scannerRowSchema, rows);
    },
    get,
    async create(input, now = Date.now()) {
      try {
        const [inserted] = await client.batch(
          [
            {
              sql: `INSERT INTO scanners (id, name, description, category, source, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING *`,
              args: [randomUUID(), input.name, input.description, input.category, input.source, now, now]
            }
          ],
          'write'
        );
        return { data: parseRows(scannerRowSchema, inserted.rows)[0] };
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
              sql: `UPDATE scanners SET name = coalesce(?, name), description = coalesce(?, description),
                      category = coalesce(?, category), source = coalesce(?, source), updated_at = ?
                    WHERE id = ? AND deleted = 0 RETURNING *`,
              args: [
                patch.name ?? null,
                patch.description ?? null,
                patch.category ?? null,
                patch.source ?? null,
                now,
                id
              ]
            }
          ],
          'write'
        );
        const scanner = parseRows(scannerRowSchema, updated.rows)[0];
        return scanner ? { data: scanner } : notFound(id);
      } catch (error) {
        if (isUniqueViolation(error)) return duplicate(patch.name ?? '');
        throw error;
      }
    },
    async remove(id, now = Date.now()) {
      const [marked] = await client.batch(
        [
          { sql: 'UPDATE scanners SET deleted = 1, updated_at = ? WHERE id = ? AND deleted = 0', args: [now, id] },
          {
            sql: 'UPDATE runs SET schedule_id = NULL WHERE schedule_id IN (SELECT id FROM schedules WHERE scanner_id = ?)',
            args: [id]
          },
          { sql: 'DELETE FROM schedules WHERE scanner_id = ?', args: [id] }
        ],
        'write'
      );
      return marked.rowsAffected === 1;
    }
  };
}
