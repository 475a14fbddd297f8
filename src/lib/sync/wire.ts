import { VALID_EXCHANGES, WELL_FORMED_SYMBOL } from '$engine/symbols/symbol-rules';
import { z } from 'zod';

/** What `POST /api/sync` answers, parsed before anything is written to IndexedDB. */
const syncedScannerSchema = z.object({
  type: z.literal('scanner'),
  id: z.string().min(1),
  rev: z.number().int(),
  deleted: z.boolean(),
  updatedAt: z.number(),
  name: z.string().min(1),
  description: z.string(),
  category: z.string(),
  source: z.string()
});
const syncedWatchlistSchema = z.object({
  type: z.literal('watchlist'),
  id: z.string().min(1),
  rev: z.number().int(),
  deleted: z.boolean(),
  updatedAt: z.number(),
  name: z.string().min(1),
  symbols: z.array(z.object({ symbol: z.string(), exchange: z.string() }))
});
const recordType = z.enum(['scanner', 'watchlist']);

export const syncResponseSchema = z.object({
  applied: z.array(z.object({ changeId: z.string(), type: recordType, id: z.string() })),
  conflicts: z.array(z.object({ kind: z.string(), type: recordType, id: z.string() }).passthrough()),
  changes: z.array(z.discriminatedUnion('type', [syncedScannerSchema, syncedWatchlistSchema])),
  refused: z
    .array(
      z.object({
        changeId: z.string(),
        type: recordType,
        id: z.string(),
        reason: z.enum(['unknown-record', 'stale', 'change-id-reused', 'invalid']),
        message: z.string()
      })
    )
    .default([]),
  cursor: z.number().int().min(0),
  more: z.boolean(),
  resync: z.boolean().default(false),
  epoch: z.string().default('')
});
export type SyncResponse = z.infer<typeof syncResponseSchema>;
export type SyncedScanner = z.infer<typeof syncedScannerSchema>;
export type SyncedWatchlist = z.infer<typeof syncedWatchlistSchema>;

type SymbolRef = { symbol: string; exchange: string };
interface ChangeHeader {
  changeId: string;
  id: string;
  /** The server revision the edit was made on; null for a record the server has not seen. */
  baseRev: number | null;
  deleted: boolean;
}
type ScannerFields = { name: string; description: string; category: string; source: string };
export interface ScannerChange extends ChangeHeader {
  type: 'scanner';
  fields: Partial<ScannerFields>;
  base: Partial<ScannerFields>;
}
export interface WatchlistChange extends ChangeHeader {
  type: 'watchlist';
  name?: string;
  /** The name the rename was made on. */
  baseName?: string;
  /** For a deletion: the list it saw, so the server keeps a list changed since. */
  base?: { name: string; symbols: SymbolRef[] };
  add: SymbolRef[];
  remove: SymbolRef[];
}
export type SyncChange = ScannerChange | WatchlistChange;
export type SyncRefusal = SyncResponse['refused'][number];
export type SyncConflict = SyncResponse['conflicts'][number];

// The server's rules for symbols (src-worker/symbols/symbol-rules.ts). A symbol outside them (a
// pasted typo the list keeps flagged as unknown) stays on this device and is not synced.
const SYNCABLE_EXCHANGES: ReadonlySet<string> = new Set(VALID_EXCHANGES);

/** @example isSyncableSymbol({ symbol: 'M&M', exchange: 'NSE' }) // true */
export const isSyncableSymbol = ({ symbol, exchange }: SymbolRef) =>
  WELL_FORMED_SYMBOL.test(symbol) && SYNCABLE_EXCHANGES.has(exchange);
