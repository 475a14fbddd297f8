import { SYMBOL_RULE, WELL_FORMED_SYMBOL } from '../../src-worker/symbols/symbol-rules.js';
import { z } from 'zod';
import { VALID_EXCHANGES } from '../openalgo/exchanges.js';

/** Ids are ours (UUIDs) but any short string is looked up, never trusted further. */
export const idSchema = z.string().trim().min(1, 'required').max(100, 'at most 100 characters');

export const nameSchema = (what: string) =>
  z.string().trim().min(1, `a ${what} needs a name`).max(120, 'a name is at most 120 characters');

/** `?includeDeleted=true&updatedSince=<epoch ms>`: what a syncing browser asks for. */
export const syncQuerySchema = z.strictObject({
  includeDeleted: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
  updatedSince: z.coerce.number().int().min(0).optional()
});

export const pageQuery = (defaultLimit: number, maxLimit: number) => ({
  limit: z.coerce.number().int().min(1).max(maxLimit).default(defaultLimit),
  offset: z.coerce.number().int().min(0).max(1_000_000_000).default(0)
});

export const symbolSchema = z.string().trim().toUpperCase().regex(WELL_FORMED_SYMBOL, SYMBOL_RULE);
export const exchangeSchema = z.enum(VALID_EXCHANGES, { message: `one of ${VALID_EXCHANGES.join(', ')}` });

/** At least one field: an empty PATCH is a mistake, not a no-op. */
export const notEmpty = [(value: object) => Object.keys(value).length > 0, { message: 'nothing to change' }] as const;
