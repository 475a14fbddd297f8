import { SYMBOL_RULE, WELL_FORMED_SYMBOL } from '../../src-worker/symbols/symbol-rules.js';
import { z } from 'zod';
import { toIstDate } from '../../src-worker/calendar/index.js';
import { HISTORY_INTERVALS, VALID_EXCHANGES } from './exchanges.js';

/**
 * Request bodies as FluxScan sends them, without `apikey` (added at the last moment, server-side).
 * The proxy validates browser requests with the same schemas. Objects are strict: an unexpected
 * field (an `apikey` from a browser, say) is refused rather than forwarded.
 */
const symbol = z.string().trim().toUpperCase().regex(WELL_FORMED_SYMBOL, SYMBOL_RULE);
const exchange = z.enum(VALID_EXCHANGES);
const isoDate = z.string().refine((value) => toIstDate(value) !== null, 'must be a date as YYYY-MM-DD');
const symbolOnExchange = z.strictObject({ symbol, exchange });

export const REQUEST_SCHEMAS = {
  history: z
    .strictObject({
      symbol,
      exchange,
      interval: z.enum(HISTORY_INTERVALS),
      start_date: isoDate,
      end_date: isoDate,
      source: z.enum(['api', 'db']).optional()
    })
    .refine((body) => body.start_date <= body.end_date, {
      message: 'start_date must not be after end_date',
      path: ['start_date']
    }),
  intervals: z.strictObject({}),
  quotes: symbolOnExchange,
  multiquotes: z.strictObject({ symbols: z.array(symbolOnExchange).min(1).max(500) }),
  depth: symbolOnExchange,
  search: z.strictObject({ query: z.string().trim().min(1).max(64), exchange: exchange.optional() }),
  symbol: symbolOnExchange,
  'market/holidays': z.strictObject({ year: z.number().int().min(2020).max(2050).optional() }),
  'market/timings': z.strictObject({ date: isoDate }),
  ping: z.strictObject({}),
  'telegram/notify': z.strictObject({
    username: z.string().min(1).max(64),
    message: z.string().min(1).max(4096),
    priority: z.number().int().min(1).max(10).optional()
  })
} as const;

export type OpenAlgoEndpoint = keyof typeof REQUEST_SCHEMAS;
export type OpenAlgoRequest<E extends OpenAlgoEndpoint> = z.input<(typeof REQUEST_SCHEMAS)[E]>;
/** A request after validation (symbols upper-cased, optional fields settled). */
export type ValidRequest<E extends OpenAlgoEndpoint> = z.output<(typeof REQUEST_SCHEMAS)[E]>;
export type HistoryRequest = ValidRequest<'history'>;

/**
 * zod issues as `field → messages`, for 400 answers.
 * @example issuesByField(REQUEST_SCHEMAS.quotes.safeParse({}).error!) // { symbol: ['…'], exchange: ['…'] }
 */
export function issuesByField(error: z.ZodError): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const keys =
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((key) => [...issue.path, key].join('.'))
        : [issue.path.join('.') || '_body'];
    const message = issue.code === 'unrecognized_keys' ? 'unknown field' : issue.message;
    for (const key of keys) (fields[key] ??= []).push(message);
  }
  return fields;
}
