import { z } from 'zod';

/** Header values can't hold a star followed by a slash: it would end the header comment. */
const headerSafe = (label: string) =>
  [(value: string) => !value.includes('*/'), { message: `${label} cannot contain "*/"` }] as const;

/** What a user saves: the header limits of `parseScannerHeader`, checked before anything is written. */
export const scannerInputSchema = z.object({
  id: z.string().min(1).max(80).optional(),
  name: z
    .string()
    .trim()
    .min(1, 'a scanner needs a name')
    .max(120, 'a name is at most 120 characters')
    .refine(...headerSafe('a name')),
  description: z
    .string()
    .trim()
    .max(2000, 'a description is at most 2000 characters')
    .refine(...headerSafe('a description')),
  category: z
    .string()
    .trim()
    .max(60, 'a category is at most 60 characters')
    .refine(...headerSafe('a category')),
  source: z.string().max(200_000, 'a scanner is at most 200 000 characters')
});
export type ScannerInput = z.input<typeof scannerInputSchema>;

/** A scanner as the browser keeps it; every row read back from IndexedDB is parsed with this. */
export const savedScannerSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  description: z.string(),
  category: z.string(),
  source: z.string(),
  createdAt: z.number(),
  updatedAt: z.number(),
  lastRunAt: z.number().nullable(),
  lastSignalCount: z.number().int().nonnegative().nullable()
});
export type SavedScanner = z.infer<typeof savedScannerSchema>;

/** The stored row: the scanner plus its lower-cased name, which a unique index keeps unique. */
export interface ScannerRow extends SavedScanner {
  nameKey: string;
}

/** Names compare case-insensitively. */
export const nameKey = (name: string) => name.trim().toLowerCase();

/**
 * The first of `base (suffix)`, `base (suffix 2)`, … not in `taken` (lower-cased names).
 * An existing `(suffix N)` on `base` is dropped first, so a copy of a copy is "base (copy 2)".
 * @example freeName('EMA', 'copy', new Set(['ema (copy)'])) // 'EMA (copy 2)'
 */
export function freeName(base: string, suffix: string, taken: ReadonlySet<string>): string {
  const stem = base.replace(new RegExp(`\\s*\\(${suffix}(?: \\d+)?\\)$`), '').slice(0, 100);
  for (let n = 1; ; n++) {
    const candidate = `${stem} (${suffix}${n === 1 ? '' : ` ${n}`})`;
    if (!taken.has(nameKey(candidate))) return candidate;
  }
}
