import type { Client } from '@libsql/client';
import { z } from 'zod';
import { jsonColumn, parseRows } from './rows.js';

const settingRowSchema = z.object({ key: z.string(), value: jsonColumn(z.unknown()) });

export interface SettingsRepository {
  /** The value under `key` parsed with `schema`, or `fallback` when absent or no longer valid. */
  get<T extends z.ZodType>(key: string, schema: T, fallback: z.output<T>): Promise<z.output<T>>;
  set(key: string, value: unknown, now?: number): Promise<void>;
  remove(key: string): Promise<boolean>;
  all(): Promise<Record<string, unknown>>;
}

/** Key/value settings (values stored as JSON). @example await settings.get('alerts', alertsSchema, { enabled: false }) */
export function createSettingsRepository(client: Client): SettingsRepository {
  return {
    async get(key, schema, fallback) {
      const { rows } = await client.execute({ sql: 'SELECT key, value FROM settings WHERE key = ?', args: [key] });
      const [row] = parseRows(settingRowSchema, rows);
      if (!row) return fallback;
      const parsed = schema.safeParse(row.value);
      return parsed.success ? parsed.data : fallback;
    },
    async set(key, value, now = Date.now()) {
      await client.batch(
        [
          {
            sql: 'INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at',
            args: [key, JSON.stringify(value) ?? 'null', now]
          }
        ],
        'write'
      );
    },
    async remove(key) {
      const [deleted] = await client.batch([{ sql: 'DELETE FROM settings WHERE key = ?', args: [key] }], 'write');
      return deleted.rowsAffected === 1;
    },
    async all() {
      const { rows } = await client.execute('SELECT key, value FROM settings ORDER BY key');
      return Object.fromEntries(parseRows(settingRowSchema, rows).map(({ key, value }) => [key, value]));
    }
  };
}
