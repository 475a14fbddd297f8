import { z } from 'zod';
import { serverRequest } from '$lib/schedules/server-request';

export const CHARTINK_ACTIONS = ['BUY', 'SELL', 'SHORT', 'COVER'] as const;
export const STRATEGY_ACTIONS = ['BUY', 'SELL'] as const;

/** A target as the server shows it: the webhook id masked (••••77aa). */
export const openAlgoTargetSchema = z.object({
  id: z.string(),
  kind: z.enum(['chartink', 'strategy']),
  name: z.string(),
  enabled: z.boolean(),
  host: z.string(),
  webhookId: z.string(),
  url: z.string(),
  action: z.string(),
  positionSize: z.number().optional(),
  scannerIds: z.array(z.string()).nullable(),
  fireOn: z.enum(['entered', 'matches']),
  dailyCap: z.number()
});
export type OpenAlgoTarget = z.infer<typeof openAlgoTargetSchema>;

export const dryRunSchema = z.object({
  dryRun: z.literal(true),
  sent: z.literal(false),
  url: z.string(),
  calls: z.array(z.object({ symbols: z.array(z.string()), body: z.string() }))
});
export type DryRun = z.infer<typeof dryRunSchema>;

const attemptSchema = z.object({
  id: z.number(),
  status: z.string(),
  httpStatus: z.number().nullable(),
  answer: z.string(),
  symbols: z.array(z.string()),
  at: z.number()
});
export type TargetAttempt = z.infer<typeof attemptSchema>;

/** What the form sends; `webhookId` left out on update keeps the stored one. */
export interface OpenAlgoTargetInput {
  kind: 'chartink' | 'strategy';
  name: string;
  host: string;
  webhookId?: string;
  action: string;
  positionSize?: number;
  dailyCap: number;
  enabled: boolean;
  scannerIds?: string[] | null;
  fireOn?: 'entered' | 'matches';
}

const base = '/api/alerts/openalgo-targets';
const one = (id: string) => `${base}/${encodeURIComponent(id)}`;
export const listTargets = () => serverRequest('GET', base, z.object({ targets: z.array(openAlgoTargetSchema) }));
export const createTarget = (input: OpenAlgoTargetInput) =>
  serverRequest('POST', base, z.object({ target: openAlgoTargetSchema }), input);
export const updateTarget = (id: string, input: OpenAlgoTargetInput) =>
  serverRequest('PUT', one(id), z.object({ target: openAlgoTargetSchema }), input);
export const deleteTarget = (id: string) => serverRequest('DELETE', one(id), z.null());
export const dryRunTarget = (id: string, symbols: string[]) =>
  serverRequest('POST', `${one(id)}/test`, dryRunSchema, { symbols });
export const targetAttempts = (id: string) =>
  serverRequest('GET', `${one(id)}/attempts`, z.object({ attempts: z.array(attemptSchema) }));
