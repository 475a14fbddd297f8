import { z } from 'zod';

export const TARGET_KINDS = ['chartink', 'strategy'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];
/** The words OpenAlgo's Chartink webhook looks for in scan_name, in the order it looks. */
export const CHARTINK_ACTIONS = ['BUY', 'SELL', 'SHORT', 'COVER'] as const;
export const STRATEGY_ACTIONS = ['BUY', 'SELL'] as const;
/** `entered`: only symbols that entered on this bar or run; `matches`: every match, still once per run. */
export const FIRE_ON = ['entered', 'matches'] as const;

const common = {
  name: z.string().trim().min(1).max(80),
  enabled: z.boolean().default(true),
  /** The user's OpenAlgo, e.g. https://openalgo.example.com (no path). */
  host: z.url({ protocol: /^https?$/ }).transform((url) => url.replace(/\/+$/, '')),
  /** The strategy's webhook id from OpenAlgo: a secret. Left out on update, the stored one stays. */
  webhookId: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{8,128}$/, 'the webhook id from OpenAlgo (letters, digits, - and _)')
    .optional(),
  /** Live scans and schedules of these scanners fire the target; null = every scanner. */
  scannerIds: z.array(z.string().min(1).max(64)).max(100).nullable().default(null),
  fireOn: z.enum(FIRE_ON).default('entered'),
  /** Calls to OpenAlgo per IST day at most. */
  dailyCap: z.number().int().min(1).max(1_000).default(20)
};

export const targetInputSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('chartink'), action: z.enum(CHARTINK_ACTIONS), ...common }),
  z.strictObject({
    kind: z.literal('strategy'),
    action: z.enum(STRATEGY_ACTIONS),
    positionSize: z.number().int().min(1).max(1_000_000).default(1),
    ...common
  })
]);
export type TargetInput = z.output<typeof targetInputSchema>;

/** A stored target: always with its webhook id. */
export type OpenAlgoTarget = TargetInput & { id: string; webhookId: string; createdAt: number };

/**
 * The webhook id as the browser may see it: its last 4 characters.
 * @example maskWebhookId('3f2a9c1e-77aa') // '••••77aa'
 */
export const maskWebhookId = (id: string) => `••••${id.slice(-4)}`;

/** The URL a target posts to. */
export function targetUrl(target: Pick<OpenAlgoTarget, 'kind' | 'host' | 'webhookId'>): string {
  return `${target.host}/${target.kind === 'chartink' ? 'chartink' : 'strategy'}/webhook/${encodeURIComponent(target.webhookId)}`;
}

/** A target for the browser: the webhook id and the URL masked. */
export function publicTarget(target: OpenAlgoTarget) {
  const { webhookId, ...rest } = target;
  const masked = maskWebhookId(webhookId);
  return { ...rest, webhookId: masked, url: `${target.host}/${target.kind}/webhook/${masked}` };
}
