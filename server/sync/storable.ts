import { z } from 'zod';
import { ChangeRefused } from './plan-context.js';
import type { SyncedScanner, SyncedWatchlist } from './sync-schemas.js';

// What every browser accepts from a pull (src/lib/sync/wire.ts) and keeps in IndexedDB
// (savedScannerSchema, watchlistSchema): a record outside these would make every device
// pulling it reject the whole answer.
const name = z
  .string()
  .refine((value) => value.trim().length > 0 && value.length <= 120, 'a name of 1 to 120 characters');
const storableScanner = z.object({
  name,
  description: z.string(),
  category: z.string(),
  source: z.string().min(1, 'code')
});
const storableWatchlist = z.object({
  name,
  symbols: z.array(z.object({ symbol: z.string().min(1), exchange: z.string().min(1) }))
});

/** Refuses the change being planned when the record it would store is one clients reject. */
export function assertStorable(record: SyncedScanner | SyncedWatchlist): void {
  const parsed = record.type === 'scanner' ? storableScanner.safeParse(record) : storableWatchlist.safeParse(record);
  if (!parsed.success)
    throw new ChangeRefused('invalid', `the ${record.type} would be stored without ${parsed.error.issues[0].message}`);
}
