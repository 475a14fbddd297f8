import { z } from 'zod';
import { exchangeSchema, idSchema, nameSchema, symbolSchema } from '../api/schemas.js';

/** Fields a device may change on a scanner; the same limits as the REST API's. */
const scannerFields = z.strictObject({
  name: nameSchema('scanner'),
  description: z.string().trim().max(2000, 'a description is at most 2000 characters'),
  category: z.string().trim().max(60, 'a category is at most 60 characters'),
  source: z.string().min(1, 'a scanner needs code').max(200_000, 'a scanner is at most 200 000 characters')
});
export type ScannerFields = z.infer<typeof scannerFields>;

const symbolRefSchema = z.strictObject({ symbol: symbolSchema, exchange: exchangeSchema });
const symbolOps = z.array(symbolRefSchema).max(5000, 'at most 5000 symbols per change').default([]);

/** Which server revision the edit was made on; null for a record created on the device. */
const changeHeader = {
  changeId: z.string().trim().min(8, 'at least 8 characters').max(100, 'at most 100 characters'),
  id: idSchema,
  baseRev: z.number().int().min(0).nullable(),
  deleted: z.boolean().default(false)
};

/**
 * A device's edit of one scanner: the new values of the fields it changed (`fields`)
 * and their values at `baseRev` (`base`), so the server can tell its own later edits apart.
 */
const scannerChangeSchema = z.strictObject({
  type: z.literal('scanner'),
  ...changeHeader,
  fields: scannerFields.partial().default({}),
  base: scannerFields.partial().default({})
});

/** A device's edit of one watchlist: a new name, and the symbols it added and removed since `baseRev`. */
const watchlistChangeSchema = z.strictObject({
  type: z.literal('watchlist'),
  ...changeHeader,
  name: nameSchema('watchlist').optional(),
  /** The name the device's rename was made on, so the server can tell a concurrent rename. */
  baseName: z.string().optional(),
  /** For a deletion: the list the device saw, so the server keeps a list changed since. */
  base: z
    .strictObject({ name: z.string(), symbols: z.array(symbolRefSchema).max(5000, 'at most 5000 symbols per change') })
    .optional(),
  add: symbolOps,
  remove: symbolOps
});

const changeSchema = z
  .discriminatedUnion('type', [scannerChangeSchema, watchlistChangeSchema])
  .superRefine((change, ctx) => {
    if (change.baseRev !== null || change.deleted) return;
    // A record new to the server must arrive whole.
    const missing =
      change.type === 'scanner'
        ? (['name', 'source'] as const).filter((field) => change.fields[field] === undefined)
        : change.name === undefined
          ? ['name']
          : [];
    for (const field of missing)
      ctx.addIssue({
        code: 'custom',
        path: change.type === 'scanner' ? ['fields', field] : [field],
        message: 'required for a new record'
      });
  });
export type ScannerChange = z.infer<typeof scannerChangeSchema>;
export type WatchlistChange = z.infer<typeof watchlistChangeSchema>;
export type SyncChange = z.infer<typeof changeSchema>;

/** `POST /api/sync`: push this device's changes and pull everything after `since`. */
export const syncRequestSchema = z.strictObject({
  deviceId: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{8,64}$/, '8 to 64 letters, digits, - or _'),
  since: z.number().int().min(0).default(0),
  /**
   * Grows with every push of this device: a change from a push older than one the server
   * already applied for the same record is refused as stale (a delayed or replayed request).
   */
  seq: z.number().int().min(0).optional(),
  changes: z.array(changeSchema).max(500, 'at most 500 changes per request').default([])
});
export type SyncRequest = z.infer<typeof syncRequestSchema>;

/** What the server did differently from what a change asked for. */
export type SyncConflict =
  /** Both sides changed the code: the server kept its code and saved the device's in a new scanner `copyId`. */
  | { kind: 'conflict-copy'; type: 'scanner'; id: string; changeId: string; copyId: string; copyName: string }
  /** The name was taken by another record: the record was saved as `name` instead of `requested`. */
  | { kind: 'name-clash'; type: 'scanner' | 'watchlist'; id: string; changeId: string; requested: string; name: string }
  /** A deletion made before an edit it had not seen: the edit wins and the record stays. */
  | { kind: 'delete-ignored'; type: 'scanner' | 'watchlist'; id: string; changeId: string }
  /** An edit of a record deleted elsewhere meanwhile: the edit brings the record back. */
  | { kind: 'revived'; type: 'scanner' | 'watchlist'; id: string; changeId: string }
  /** Another device renamed the record since this device's base: the server kept `name`, not `requested`. */
  | {
      kind: 'rename-lost';
      type: 'scanner' | 'watchlist';
      id: string;
      changeId: string;
      requested: string;
      name: string;
    }
  /** Another device changed the scanner's description or category since this device's base: the server kept `value`, not `requested`. */
  | {
      kind: 'edit-lost';
      type: 'scanner';
      id: string;
      changeId: string;
      field: 'description' | 'category';
      requested: string;
      value: string;
    };

/**
 * A change the server did not apply, and why:
 * - `unknown-record`: an edit of a record the server does not hold, without the whole record;
 *   the device sends it again whole.
 * - `stale`: this device already pushed a newer change of the record; the newer one stands.
 * - `change-id-reused`: the change id already named a change of another record.
 * - `invalid`: the change would store a record the clients could not read.
 */
export interface SyncRefusal {
  changeId: string;
  type: 'scanner' | 'watchlist';
  id: string;
  reason: 'unknown-record' | 'stale' | 'change-id-reused' | 'invalid';
  message: string;
}

export interface SyncedScanner extends ScannerFields {
  type: 'scanner';
  id: string;
  rev: number;
  deleted: boolean;
  updatedAt: number;
}
export interface SyncedWatchlist {
  type: 'watchlist';
  id: string;
  rev: number;
  deleted: boolean;
  updatedAt: number;
  name: string;
  symbols: Array<{ symbol: string; exchange: string }>;
}
export type SyncedRecord = SyncedScanner | SyncedWatchlist;

export interface SyncResponse {
  /** Every change now on the server, including re-sent ones answered from the log. */
  applied: Array<{ changeId: string; type: 'scanner' | 'watchlist'; id: string }>;
  conflicts: SyncConflict[];
  /** Changes not applied; every other change of the push was. */
  refused: SyncRefusal[];
  /** Records written after `since`, oldest first; a device's own changes come back with their new `rev`. */
  changes: SyncedRecord[];
  /** The `since` of the next request. */
  cursor: number;
  /** True when more changes wait after `cursor` (the answer is capped). */
  more: boolean;
  /**
   * True when the request's cursor is ahead of the server (its database was restored from a
   * backup or reset): `changes` then start from revision 0 and the device must resync from zero.
   */
  resync: boolean;
  /** Changes whenever the server starts: a device that sees a new epoch resyncs from zero. */
  epoch: string;
}
