import { LibsqlError, type Row } from '@libsql/client';
import { z } from 'zod';

/** A JSON text column, parsed and then checked against `schema`. */
export function jsonColumn<T extends z.ZodType>(schema: T) {
  return z
    .string()
    .transform((text, ctx) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        ctx.addIssue({ code: 'custom', message: 'stored JSON is not valid' });
        return z.NEVER;
      }
    })
    .pipe(schema);
}

/** SQLite's 0/1 as a boolean. */
export const flag = z.union([z.literal(0), z.literal(1)]).transform((value) => value === 1);

/** Every row read back is parsed: a schema drift or a hand-edited file fails loudly here, not later. */
export function parseRows<T extends z.ZodType>(schema: T, rows: Row[]): z.output<T>[] {
  return rows.map((row) => schema.parse(row));
}

/** True when `error` is a UNIQUE constraint failure (also inside a failed batch). */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof LibsqlError && /UNIQUE constraint failed/i.test(error.message);
}

/** Expected failures of a repository call: the API turns `not-found` into 404 and `duplicate-name` into 409. */
export type StoreFailure = {
  kind: 'not-found' | 'duplicate-name' | 'invalid-reference';
  message: string;
  field?: string;
};
export type StoreResult<T> = { data: T } | { error: StoreFailure };
