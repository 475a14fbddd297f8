import { z } from 'zod';
import { VALID_EXCHANGES } from '../openalgo/exchanges.js';

// Messages are marshmallow's, so clients meet the same 400 bodies as from a real OpenAlgo.
const MISSING = 'Missing data for required field.';
const required = (message: string) => (issue: { input?: unknown }) => (issue.input === undefined ? MISSING : message);

const text = () => z.string({ error: required('Not a valid string.') });
const apikey = text().min(1, 'Length must be between 1 and 256.').max(256, 'Length must be between 1 and 256.');
const exchange = z.enum(VALID_EXCHANGES, { error: required(`Must be one of: ${VALID_EXCHANGES.join(', ')}.`) });
const date = text()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Not a valid date.')
  .refine((v) => !Number.isNaN(Date.parse(v)), 'Not a valid date.');

const symbolOnExchange = { symbol: text(), exchange };

/** The body of each simulated endpoint, validated the way OpenAlgo's marshmallow schemas do. */
export const SIMULATOR_SCHEMAS = {
  ping: z.strictObject({ apikey }),
  intervals: z.strictObject({ apikey }),
  history: z.strictObject({
    apikey,
    ...symbolOnExchange,
    interval: text(),
    start_date: date,
    end_date: date,
    source: z.enum(['api', 'db'], { error: 'Must be one of: api, db.' }).optional()
  }),
  quotes: z.strictObject({ apikey, ...symbolOnExchange }),
  depth: z.strictObject({ apikey, ...symbolOnExchange }),
  symbol: z.strictObject({ apikey, ...symbolOnExchange }),
  multiquotes: z.strictObject({
    apikey,
    symbols: z
      .array(z.strictObject(symbolOnExchange), { error: required('Not a valid list.') })
      .min(1, 'Shorter than minimum length 1.')
  }),
  search: z.strictObject({ apikey, query: text(), exchange: exchange.optional() }),
  'market/holidays': z.strictObject({
    apikey,
    year: z
      .number({ error: 'Not a valid integer.' })
      .int('Not a valid integer.')
      .min(2020, 'Must be greater than or equal to 2020 and less than or equal to 2050.')
      .max(2050, 'Must be greater than or equal to 2020 and less than or equal to 2050.')
      .optional()
  }),
  'market/timings': z.strictObject({ apikey, date: text() }),
  'telegram/notify': z.strictObject({
    apikey,
    username: text(),
    message: text(),
    priority: z.number({ error: 'Not a valid integer.' }).int('Not a valid integer.').optional()
  })
} as const;

export type SimulatedEndpoint = keyof typeof SIMULATOR_SCHEMAS;

type FieldMap = { [field: string]: string[] | FieldMap };

/**
 * zod issues as marshmallow's nested field → messages map (`{"symbols": {"0": {"exchange": [...]}}}`).
 * @example fieldErrors(SIMULATOR_SCHEMAS.ping.safeParse({}).error!) // { apikey: ['Missing data for required field.'] }
 */
export function fieldErrors(error: z.ZodError): FieldMap {
  const map: FieldMap = {};
  const add = (path: PropertyKey[], message: string) => {
    let node = map;
    path.slice(0, -1).forEach((key) => (node = (node[String(key)] ??= {}) as FieldMap));
    const leaf = String(path[path.length - 1] ?? '_schema');
    ((node[leaf] ??= []) as string[]).push(message);
  };
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') issue.keys.forEach((key) => add([...issue.path, key], 'Unknown field.'));
    else add(issue.path, issue.message);
  }
  return map;
}
