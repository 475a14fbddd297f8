import type { EventBus } from '../events/index.js';
import type { Logger } from '../http/logger.js';
import type { OpenAlgoClient } from '../openalgo/index.js';
import type { AlertDelivery, Run, RunResult, Store } from '../store/index.js';
import { alertBody, alertTitle, webhookPayload } from './alert-message.js';
import { configuredChannels, readAlertSettings, type AlertChannel, type ResolvedAlertSettings } from './alert-settings.js';
import { createScheduleAlertRepository } from './schedule-alerts.js';
import { sendWebhook } from './webhook.js';

export interface AlertDependencies {
  store: Pick<Store, 'client' | 'runs' | 'alerts' | 'settings'>;
  client: Pick<OpenAlgoClient, 'telegramNotify'>;
  bus: EventBus;
  logger?: Logger;
  env?: Record<string, string | undefined>;
  /** Webhook retry pacing (tests shorten it). */
  webhook?: { retries?: number; baseDelayMs?: number; timeoutMs?: number };
}

/** One run's alert as every channel says it, and the channels it goes to. */
export interface RunAlert {
  run: Run;
  title: string;
  body: string;
  /** The webhook's JSON text, exactly as signed. */
  webhookBody: string;
  settings: ResolvedAlertSettings;
  channels: AlertChannel[];
}

const matchKey = (result: { symbol: string; exchange: string }) => `${result.exchange}:${result.symbol}`;

/** Matches of `run` that were not matches of the schedule's previous completed run. */
async function newSincePreviousRun(runs: Store['runs'], run: Run, matches: RunResult[]): Promise<RunResult[]> {
  const { runs: recent } = await runs.list({ scheduleId: run.scheduleId!, status: 'completed', limit: 10 });
  const previous = recent.find((candidate) => candidate.id !== run.id && candidate.startedAt <= run.startedAt);
  if (!previous) return matches;
  const before = new Set((await runs.results(previous.id, { limit: 100_000 })).results.map(matchKey));
  return matches.filter((match) => !before.has(matchKey(match)));
}

/**
 * What a finished scheduled run alerts, or why it alerts nothing (not completed, no matches,
 * alerts off for its schedule, nothing new with `onlyNew`).
 * @example const composed = await composeRunAlert(deps, run, matches); if ('alert' in composed) …
 */
export async function composeRunAlert(deps: Pick<AlertDependencies, 'store' | 'env'>, run: Run, matches: RunResult[]): Promise<{ alert: RunAlert } | { reason: string }> {
  const { store } = deps;
  if (run.status !== 'completed' || run.scheduleId === null) return { reason: 'the run is not a completed scheduled run' };
  if (matches.length === 0) return { reason: 'the run has no matches' };
  const config = await createScheduleAlertRepository(store.client).get(run.scheduleId);
  if (!config.enabled) return { reason: "alerts are off for the run's schedule" };
  const alerted = config.onlyNew ? await newSincePreviousRun(store.runs, run, matches) : matches;
  if (alerted.length === 0) return { reason: 'no match is new since the previous run' };
  const settings = await readAlertSettings(store.settings, deps.env);
  return {
    alert: {
      run,
      title: alertTitle(run, alerted, config.onlyNew),
      body: alertBody(alerted),
      webhookBody: JSON.stringify(webhookPayload(run, alerted, config.onlyNew)),
      settings,
      channels: configuredChannels(settings).filter((channel) => config.channels === null || config.channels.includes(channel))
    }
  };
}

type RecordAttempt = (status: 'sent' | 'failed' | 'pending', error: string | null) => Promise<void>;

async function send(deps: AlertDependencies, alert: RunAlert, channel: AlertChannel, record: RecordAttempt, firstWebhookAttempt: number): Promise<void> {
  const { settings } = alert;
  if (channel === 'browser') return record('sent', null);
  if (channel === 'telegram') {
    const message = `${alert.title}\n${alert.body}`.slice(0, 4096);
    const sent = await deps.client.telegramNotify({ username: settings.telegram!.username, message, priority: 5 }, { caller: 'alerts' });
    return record('error' in sent ? 'failed' : 'sent', 'error' in sent ? sent.error.message : null);
  }
  await sendWebhook({
    url: settings.webhook!.url,
    body: alert.webhookBody,
    secret: settings.webhookSecret!,
    ...deps.webhook,
    firstAttempt: firstWebhookAttempt,
    onAttempt: (attempt) => record(attempt.status === 'retry' ? 'pending' : attempt.status, attempt.error)
  });
}

/**
 * Sends `alert` on one channel for an existing delivery, recording every attempt on it, and
 * publishes the outcome as `alert-delivered`. A resumed webhook delivery passes the attempt number
 * it continues from, so its backoff and retry budget carry on where they stopped.
 * @example await deliverOnChannel(deps, alert, await store.alerts.create({ runId, channel: 'webhook' }), 'webhook')
 */
export async function deliverOnChannel(
  deps: AlertDependencies,
  alert: RunAlert,
  delivery: AlertDelivery,
  channel: AlertChannel,
  { firstWebhookAttempt = 1 }: { firstWebhookAttempt?: number } = {}
): Promise<AlertDelivery> {
  let current = delivery;
  const record: RecordAttempt = async (status, error) => {
    current = (await deps.store.alerts.recordAttempt(current.id, { status, error })) ?? current;
  };
  try {
    await send(deps, alert, channel, record, firstWebhookAttempt);
  } catch (error) {
    await record('failed', error instanceof Error ? error.message : String(error));
  }
  publishOutcome(deps, alert.run, current, channel === 'browser' ? { title: alert.title, body: alert.body } : null);
  return current;
}

/** Logs a failure and publishes the delivery's state as `alert-delivered`. */
export function publishOutcome(deps: Pick<AlertDependencies, 'bus' | 'logger'>, run: Run, delivery: AlertDelivery, notification: { title: string; body: string } | null): void {
  if (delivery.status === 'failed') deps.logger?.warn('alert not delivered', { runId: run.id, channel: delivery.channel, error: delivery.lastError });
  deps.bus.publish('alert-delivered', {
    runId: run.id,
    scheduleId: run.scheduleId,
    channel: delivery.channel,
    status: delivery.status === 'sent' ? 'sent' : 'failed',
    attempts: delivery.attempts,
    error: delivery.lastError,
    notification
  });
}
