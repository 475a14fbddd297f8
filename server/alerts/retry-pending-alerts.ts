import type { AlertDelivery } from '../store/index.js';
import { ALERT_CHANNELS, type AlertChannel } from './alert-settings.js';
import { composeRunAlert, deliverOnChannel, publishOutcome, type AlertDependencies } from './run-alert.js';
import { WEBHOOK_DEFAULTS, webhookBackoffMs } from './webhook.js';

export interface PendingAlertRetryOptions {
  /** When this process started: a delivery last changed before then was left by an earlier process. */
  startedAt: number;
  /**
   * A delivery of this process unchanged for this long has no sender any more (a live webhook
   * sender waits at most its timeout plus its longest backoff, seconds, between attempts).
   */
  staleAfterMs?: number;
  now?: () => number;
  /** Checked between deliveries, so shutting down does not wait for a whole pass. */
  signal?: AbortSignal;
}

const STALE_AFTER_MS = 5 * 60_000;
const RETRY_INTERVAL_MS = 60_000;
const INTERRUPTED = 'interrupted by a restart before its outcome was recorded';

type Decision = { send: { firstWebhookAttempt: number; recordInterrupted: boolean } } | { giveUp: string } | 'not yet';

/**
 * What to do with a delivery left pending, from its channel and recorded attempts:
 * - webhook: it carries on under its backoff rules — the next attempt is `attempts + 1`, due once
 *   the backoff after the last recorded attempt has passed, and the retry budget is shared with
 *   the attempts already made. An attempt cut off before its outcome was written is not counted,
 *   so a receiver may see one body twice (payloads carry `runId` to deduplicate on).
 * - telegram: retried once at most, because telegram/notify is not idempotent and a message cut
 *   off by a restart may already have gone out. With no attempt recorded, the cut-off attempt is
 *   recorded as interrupted and one retry is sent (two attempts in all). With an attempt recorded,
 *   that retry was itself cut off: it is recorded as failed and nothing is sent again.
 * - browser: the notification is published on the event bus again (the event buffer of the
 *   process that first published it is gone with that process).
 */
function decide(deps: AlertDependencies, delivery: AlertDelivery, channel: AlertChannel, now: number): Decision {
  if (channel === 'browser') return { send: { firstWebhookAttempt: 1, recordInterrupted: false } };
  if (channel === 'telegram') {
    return delivery.attempts === 0
      ? { send: { firstWebhookAttempt: 1, recordInterrupted: true } }
      : { giveUp: `${INTERRUPTED}; Telegram is retried once at most, so it is not sent again` };
  }
  const retries = deps.webhook?.retries ?? WEBHOOK_DEFAULTS.retries;
  const baseDelayMs = deps.webhook?.baseDelayMs ?? WEBHOOK_DEFAULTS.baseDelayMs;
  if (delivery.attempts > retries) return { giveUp: `${INTERRUPTED}; no webhook retries left` };
  if (delivery.attempts > 0 && now < delivery.at + webhookBackoffMs(delivery.attempts, baseDelayMs)) return 'not yet';
  return { send: { firstWebhookAttempt: delivery.attempts + 1, recordInterrupted: false } };
}

/** Ends a delivery as failed with `reason`, recorded as its last attempt. */
async function giveUp(deps: AlertDependencies, delivery: AlertDelivery, reason: string): Promise<AlertDelivery> {
  const failed = (await deps.store.alerts.recordAttempt(delivery.id, { status: 'failed', error: reason })) ?? delivery;
  const run = await deps.store.runs.get(delivery.runId);
  if (run) publishOutcome(deps, run, failed, null);
  return failed;
}

async function retryDelivery(
  deps: AlertDependencies,
  delivery: AlertDelivery,
  now: number
): Promise<AlertDelivery | null> {
  const channel = ALERT_CHANNELS.find((known) => known === delivery.channel);
  if (!channel) return giveUp(deps, delivery, `not retried: unknown channel ${delivery.channel}`);
  const decision = decide(deps, delivery, channel, now);
  if (decision === 'not yet') return null;
  if ('giveUp' in decision) return giveUp(deps, delivery, decision.giveUp);
  const run = await deps.store.runs.get(delivery.runId);
  if (!run) return null;
  const { results } = await deps.store.runs.results(run.id, { limit: 100_000 });
  const composed = await composeRunAlert(deps, run, results);
  if ('reason' in composed) return giveUp(deps, delivery, `not retried: ${composed.reason}`);
  if (!composed.alert.channels.includes(channel))
    return giveUp(deps, delivery, `not retried: the ${channel} channel is no longer set up for this schedule`);
  let resumed = delivery;
  if (decision.send.recordInterrupted)
    resumed =
      (await deps.store.alerts.recordAttempt(delivery.id, { status: 'pending', error: INTERRUPTED })) ?? delivery;
  return deliverOnChannel(deps, composed.alert, resumed, channel, {
    firstWebhookAttempt: decision.send.firstWebhookAttempt
  });
}

/**
 * One pass over deliveries left `pending` with no sender: those last changed before this process
 * started, or untouched for `staleAfterMs`. Each is retried by its channel's rules (see `decide`)
 * or given up with its reason; every attempt is recorded. Returns the deliveries it changed.
 * @example await retryPendingAlerts({ store, client, bus }, { startedAt: processStartedAt })
 */
export async function retryPendingAlerts(
  deps: AlertDependencies,
  options: PendingAlertRetryOptions
): Promise<AlertDelivery[]> {
  const now = options.now ?? Date.now;
  const staleBefore = now() - (options.staleAfterMs ?? STALE_AFTER_MS);
  const orphaned = (await deps.store.alerts.pending()).filter(
    (delivery) => delivery.at < options.startedAt || delivery.at < staleBefore
  );
  const changed: AlertDelivery[] = [];
  // One at a time: after a restart there are a few at most, and a hanging receiver should hold up only itself.
  for (const delivery of orphaned) {
    if (options.signal?.aborted) break;
    const retried = await retryDelivery(deps, delivery, now());
    if (retried) changed.push(retried);
  }
  return changed;
}

/**
 * Retries pending deliveries now (what a restart left behind) and then every `intervalMs`.
 * Call it before the scheduler starts, so every delivery this process creates is newer than `startedAt`.
 * @example const retries = startPendingAlertRetries({ store, client, bus, logger }); … await retries.stop()
 */
export function startPendingAlertRetries(
  deps: AlertDependencies,
  {
    intervalMs = RETRY_INTERVAL_MS,
    startedAt = Date.now(),
    ...options
  }: Partial<PendingAlertRetryOptions> & { intervalMs?: number } = {}
): { stop(): Promise<void> } {
  const stopping = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const pass = async (): Promise<void> => {
    try {
      const changed = await retryPendingAlerts(deps, { ...options, startedAt, signal: stopping.signal });
      if (changed.length > 0)
        deps.logger?.info('pending alerts retried', {
          deliveries: changed.length,
          sent: changed.filter((d) => d.status === 'sent').length
        });
    } catch (error) {
      deps.logger?.error('retrying pending alerts failed', {
        error: error instanceof Error ? error.message : String(error)
      });
    }
    if (!stopping.signal.aborted) timer = setTimeout(() => (running = pass()), intervalMs);
  };
  let running = pass();
  return {
    async stop() {
      stopping.abort();
      clearTimeout(timer);
      await running;
    }
  };
}
