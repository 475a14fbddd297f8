import { Hono } from 'hono';
import { z } from 'zod';
import { notFound } from '../../api/store-errors.js';
import { InvalidRequestError } from '../../http/errors.js';
import { readJson } from '../../http/validation.js';
import type { Store } from '../../store/index.js';
import { conflictingWords } from './action-word.js';
import { planCalls, symbolsToFire } from './plan-calls.js';
import { publicTarget, targetInputSchema, type TargetInput } from './target-schema.js';
import { createTargetStore, type TargetStore } from './target-store.js';

const testSchema = z.strictObject({
  symbols: z
    .array(
      z
        .string()
        .trim()
        .regex(/^[A-Z0-9&_.-]{1,40}$/, 'an NSE symbol like SBIN')
    )
    .min(1)
    .max(50)
    .default(['SBIN']),
  scannerName: z.string().trim().min(1).max(120).optional()
});

/** Refuses a Chartink target whose chosen scanners' names hold a conflicting action word. */
async function checkScannerNames(store: Pick<Store, 'scanners'>, input: TargetInput) {
  if (input.kind !== 'chartink' || input.scannerIds === null) return;
  for (const id of input.scannerIds) {
    const scanner = await store.scanners.get(id);
    if (!scanner)
      throw new InvalidRequestError('invalid request body: scannerIds', { scannerIds: [`no scanner "${id}"`] });
    const conflicts = conflictingWords(scanner.name, input.action);
    if (conflicts.length > 0) {
      const message = `the scanner "${scanner.name}" contains ${conflicts.join(', ')}, which OpenAlgo could read instead of ${input.action}: rename it or pick another action`;
      throw new InvalidRequestError('invalid request body: scannerIds', { scannerIds: [message] });
    }
  }
}

/**
 * OpenAlgo alert targets, mounted at `/api/alerts/openalgo-targets`: list, create, update, delete
 * (the webhook id is write-only and shown masked), `GET /:id/attempts`, and `POST /:id/test`: a dry
 * run answering the exact URL (masked) and JSON bodies it would post, sending nothing.
 * @example app.route('/api/alerts/openalgo-targets', createOpenAlgoTargetRoutes(store))
 */
export function createOpenAlgoTargetRoutes(store: Pick<Store, 'client' | 'scanners'>): Hono {
  let opened: Promise<TargetStore> | null = null;
  const targets = () => (opened ??= createTargetStore(store.client));
  const found = async (id: string) =>
    (await (await targets()).get(id)) ?? Promise.reject(notFound('OpenAlgo target', id));
  const app = new Hono();
  app.get('/', async (c) => c.json({ targets: (await (await targets()).list()).map(publicTarget) }));
  app.post('/', async (c) => {
    const input = await readJson(c, targetInputSchema);
    if (input.webhookId === undefined)
      throw new InvalidRequestError('invalid request body: webhookId', {
        webhookId: ["the strategy's webhook id from OpenAlgo is required"]
      });
    await checkScannerNames(store, input);
    return c.json(
      { target: publicTarget(await (await targets()).create({ ...input, webhookId: input.webhookId })) },
      201
    );
  });
  app.put('/:id', async (c) => {
    await found(c.req.param('id'));
    const input = await readJson(c, targetInputSchema);
    await checkScannerNames(store, input);
    return c.json({ target: publicTarget((await (await targets()).update(c.req.param('id'), input))!) });
  });
  app.delete('/:id', async (c) => {
    if (!(await (await targets()).remove(c.req.param('id')))) throw notFound('OpenAlgo target', c.req.param('id'));
    return c.body(null, 204);
  });
  app.get('/:id/attempts', async (c) => {
    await found(c.req.param('id'));
    return c.json({ attempts: await (await targets()).attempts(c.req.param('id')) });
  });
  app.post('/:id/test', async (c) => {
    const target = await found(c.req.param('id'));
    const input = await readJson(c, testSchema);
    const firstScanner = target.scannerIds?.[0] ? await store.scanners.get(target.scannerIds[0]) : null;
    const trigger = {
      runKey: 'dry-run',
      scannerId: null,
      scannerName: input.scannerName ?? firstScanner?.name ?? 'FluxScan test',
      entered: input.symbols.map((s) => `NSE:${s}`),
      rows: [],
      at: Date.now()
    };
    const plan = planCalls(target, trigger, symbolsToFire({ fireOn: 'entered' }, trigger, new Set()));
    if ('error' in plan)
      throw new InvalidRequestError('invalid request body: scannerName', { scannerName: [plan.error] });
    return c.json({
      dryRun: true,
      sent: false,
      url: publicTarget(target).url,
      calls: plan.calls.map((call) => ({
        symbols: call.symbols,
        body: call.body,
        payload: JSON.parse(call.body) as unknown
      }))
    });
  });
  return app;
}
