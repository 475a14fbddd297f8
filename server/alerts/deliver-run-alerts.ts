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
 * Sends a finished scheduled run's matches to the alert channels: Telegram through OpenAlgo's
 * telegram/notify, a signed webhook (retried on 5xx and timeouts), and the browser (an
 * `alert-delivered` event carrying the notification). With `onlyNew` only symbols that did not
 * match in the previous completed run count. Every attempt is recorded in `store.alerts` and
 * each channel's outcome is published as `alert-delivered`.
 * @example await deliverRunAlerts({ store, client, bus }, { run, matches })
 */
export async function deliverRunAlerts(deps: AlertDependencies, { run, matches }: { run: Run; matches: RunResult[] }): Promise<AlertDelivery[]> {
  const { store, bus } = deps;
  if (run.status !== 'completed' || run.scheduleId === null || matches.length === 0) return [];
  const config = await createScheduleAlertRepository(store.client).get(run.scheduleId);
  if (!config.enabled) return [];
  const alerted = config.onlyNew ? await newSincePreviousRun(store.runs, run, matches) : matches;
  if (alerted.length === 0) return [];
  const settings = await readAlertSettings(store.settings, deps.env);
  const channels = configuredChannels(settings).filter((channel) => config.channels === null || config.channels.includes(channel));
  const title = alertTitle(run, alerted, config.onlyNew);
  const body = alertBody(alerted);

  async function deliver(channel: AlertChannel): Promise<AlertDelivery> {
    let delivery = await store.alerts.create({ runId: run.id, channel });
    const record = async (status: 'sent' | 'failed' | 'pending', error: string | null) => {
      delivery = (await store.alerts.recordAttempt(delivery.id, { status, error })) ?? delivery;
    };
    try {
      await send(channel, settings, record);
    } catch (error) {
      await record('failed', error instanceof Error ? error.message : String(error));
    }
    if (delivery.status === 'failed') deps.logger?.warn('alert not delivered', { runId: run.id, channel, error: delivery.lastError });
    bus.publish('alert-delivered', {
      runId: run.id,
      scheduleId: run.scheduleId,
      channel,
      status: delivery.status === 'sent' ? 'sent' : 'failed',
      attempts: delivery.attempts,
      error: delivery.lastError,
      notification: channel === 'browser' ? { title, body } : null
    });
    return delivery;
  }

  async function send(channel: AlertChannel, resolved: ResolvedAlertSettings, record: (status: 'sent' | 'failed' | 'pending', error: string | null) => Promise<void>) {
    if (channel === 'browser') return record('sent', null);
    if (channel === 'telegram') {
      const sent = await deps.client.telegramNotify({ username: resolved.telegram!.username, message: `${title}\n${body}`.slice(0, 4096), priority: 5 }, { caller: 'alerts' });
      return record('error' in sent ? 'failed' : 'sent', 'error' in sent ? sent.error.message : null);
    }
    await sendWebhook({
      url: resolved.webhook!.url,
      body: JSON.stringify(webhookPayload(run, alerted, config.onlyNew)),
      secret: resolved.webhookSecret!,
      ...deps.webhook,
      onAttempt: (attempt) => record(attempt.status === 'retry' ? 'pending' : attempt.status, attempt.error)
    });
  }

  return Promise.all(channels.map(deliver));
}
