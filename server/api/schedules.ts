import { Hono } from 'hono';
import { z } from 'zod';
import { isKnownTimezone, scheduleTimingSchema, type Store } from '../store/index.js';
import { readJson, readQuery } from '../http/validation.js';
import { MISSED_RUN_POLICY } from '../scheduler/missed-run-policy.js';
import { idSchema, notEmpty } from './schemas.js';
import { dataOrThrow, notFound } from './store-errors.js';

const KINDS = ['once', 'interval', 'daily', 'weekly', 'cron'] as const;

const scheduleFields = {
  scannerId: idSchema,
  watchlistId: idSchema,
  kind: z.enum(KINDS),
  spec: z.unknown(),
  timezone: z.string().max(64).refine(isKnownTimezone, 'not a known IANA timezone (e.g. Asia/Kolkata)'),
  marketHoursOnly: z.boolean(),
  enabled: z.boolean()
};

/** Adds the timing's issues (as `spec.…`) to the outer parse, so every field error is reported at once. */
function withTiming<T extends { kind?: (typeof KINDS)[number]; spec?: unknown }>(input: T, ctx: z.RefinementCtx) {
  if (input.kind === undefined && input.spec === undefined) return { rest: input, timing: undefined };
  if (input.kind === undefined || input.spec === undefined) {
    ctx.addIssue({
      code: 'custom',
      message: 'kind and spec are changed together',
      path: [input.kind === undefined ? 'kind' : 'spec']
    });
    return z.NEVER;
  }
  const timing = scheduleTimingSchema.safeParse({ kind: input.kind, spec: input.spec });
  if (!timing.success) {
    for (const issue of timing.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
    return z.NEVER;
  }
  const { kind: _kind, spec: _spec, ...rest } = input;
  return { rest, timing: timing.data };
}

const scheduleCreateSchema = z
  .strictObject({
    ...scheduleFields,
    spec: z.unknown().refine((v) => v !== undefined, 'required'),
    timezone: scheduleFields.timezone.optional(),
    marketHoursOnly: scheduleFields.marketHoursOnly.optional(),
    enabled: scheduleFields.enabled.optional()
  })
  .transform((input, ctx) => {
    const parsed = withTiming(input, ctx);
    return parsed === z.NEVER ? z.NEVER : { ...parsed.rest, ...parsed.timing! };
  });
const schedulePatchSchema = z
  .strictObject(scheduleFields)
  .partial()
  .refine(...notEmpty)
  .transform((input, ctx) => {
    const parsed = withTiming(input, ctx);
    return parsed === z.NEVER ? z.NEVER : { ...parsed.rest, timing: parsed.timing };
  });
const scheduleListQuery = z.strictObject({
  scannerId: idSchema.optional(),
  watchlistId: idSchema.optional(),
  enabled: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => (v === undefined ? undefined : v === 'true'))
});

/**
 * Scan schedules: `GET /` (`?scannerId&watchlistId&enabled`), `POST /`, `GET /:id`, `PATCH /:id`, `DELETE /:id`.
 * Timings: once `{at}` (epoch ms), interval `{minutes ≥ 1}`, daily `{times: ['HH:MM']}`,
 * weekly `{days: ['mon', …], times}`, cron `{expression}`; timezone Asia/Kolkata unless given.
 * `nextRunAt` is null until the scheduler has worked it out (within seconds) and stays null when
 * there is no next run; `lastSkip` {at, dueAt, reason} is the last run the scheduler skipped (null if
 * none); list and get also state the `missedRunPolicy`.
 * @example app.route('/api/schedules', createScheduleRoutes(store))
 */
export function createScheduleRoutes(store: Store): Hono {
  const app = new Hono();
  app.get('/', async (c) =>
    c.json({
      schedules: await store.schedules.list(readQuery(c, scheduleListQuery)),
      missedRunPolicy: MISSED_RUN_POLICY
    })
  );
  app.post('/', async (c) =>
    c.json({ schedule: dataOrThrow(await store.schedules.create(await readJson(c, scheduleCreateSchema))) }, 201)
  );
  app.get('/:id', async (c) => {
    const schedule = await store.schedules.get(c.req.param('id'));
    if (!schedule) throw notFound('schedule', c.req.param('id'));
    return c.json({ schedule, missedRunPolicy: MISSED_RUN_POLICY });
  });
  app.patch('/:id', async (c) =>
    c.json({
      schedule: dataOrThrow(await store.schedules.update(c.req.param('id'), await readJson(c, schedulePatchSchema)))
    })
  );
  app.delete('/:id', async (c) => {
    if (!(await store.schedules.remove(c.req.param('id')))) throw notFound('schedule', c.req.param('id'));
    return c.body(null, 204);
  });
  return app;
}
