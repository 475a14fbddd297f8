import type { EventBus } from '../events/index.js';
import type { Logger } from '../http/logger.js';
import type { OpenAlgoClient } from '../openalgo/index.js';
import type { AlertDelivery, Run, RunResult, Store } from '../store/index.js';
import { alertBody, alertTitle, webhookPayload } from './alert-message.js';
import {
  configuredChannels,
  readAlertSettings,
  type AlertChannel,
  type ResolvedAlertSettings
} from './alert-settings.js';
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
  const previous = await previousRun(runs, run);
  if (!previous) return matches;
  const before = new Set((await runs.results(previous.id, { limit: 100_000 })).results.map(matchKey));
  return matches.filter((match) => !before.has(matchKey(match)));
}

/** The previous completed run of `run`'s schedule, if any. */
async function previousRun(runs: Store['runs'], run: Run): Promise<Run | undefined> {
  const { runs: recent } = await runs.list({ scheduleId: run.scheduleId!, status: 'completed', limit: 10 });
  return recent.find((candidate) => candidate.id !== run.id && candidate.startedAt <= run.startedAt);
}

/** A row's `rank` column (set when the scanner sets Rank), or null. */
const rankOf = (result: RunResult) => (typeof result.columns.rank === 'number' ? result.columns.rank : null);
const inTop = (top: number) => (result: RunResult) => rankOf(result) !== null && rankOf(result)! <= top;

/** Matches ranked `top` or better in `run` that were not in the previous completed run's top `top`. */
async function enteredTopSincePreviousRun(
  runs: Store['runs'],
  run: Run,
  matches: RunResult[],
  top: number
): Promise<RunResult[]> {
  const leaders = matches.filter(inTop(top));
  const previous = await previousRun(runs, run);
  if (!previous) return leaders;
  const before = new Set(
    (await runs.results(previous.id, { limit: 100_000 })).results.filter(inTop(top)).map(matchKey)
  );
  return leaders.filter((match) => !before.has(matchKey(match))).sort((a, b) => rankOf(a)! - rankOf(b)!);
}

/**
 * What a finished scheduled run alerts, or why it alerts nothing (not completed, no matches,
 * alerts off for its schedule, nothing new with `onlyNew`, nothing that entered the top N with
 * `enteredTop`).
 * @example const composed = await composeRunAlert(deps, run, matches); if ('alert' in composed) …
 */
export async function composeRunAlert(
  deps: Pick<AlertDependencies, 'store' | 'env'>,
  run: Run,
  matches: RunResult[]
): Promise<{ alert: RunAlert } | { reason: string }> {
  const { store } = deps;
  if (run.status !== 'completed' || run.scheduleId === null)
    return { reason: 'the run is not a completed scheduled run' };
  if (matches.length === 0) return { reason: 'the run has no matches' };
  const config = await createScheduleAlertRepository(store.client).get(run.scheduleId);
  if (!config.enabled) return { reason: "alerts are off for the run's schedule" };
  const { enteredTop, onlyNew } = config;
  const alerted =
    enteredTop !== null
      ? await enteredTopSincePreviousRun(store.runs, run, matches, enteredTop)
      : onlyNew
        ? await newSincePreviousRun(store.runs, run, matches)
        : matches;
  if (alerted.length === 0)
    return {
      reason:
        enteredTop !== null
          ? `no match entered the top ${enteredTop} since the previous run`
          : 'no match is new since the previous run'
    };
  const settings = await readAlertSettings(store.settings, deps.env);
  const selection = { onlyNew, enteredTop };
  return {
    alert: {
      run,
      title: alertTitle(run, alerted, selection),
      body: alertBody(alerted),
      webhookBody: JSON.stringify(webhookPayload(run, alerted, selection)),
      settings,
      channels: configuredChannels(settings).filter(
        (channel) => config.channels === null || config.channels.includes(channel)
      )
    }
  };
}

type RecordAttempt = (status: 'sent' | 'failed' | 'pending', error: string | null) => Promise<void>;

async function send(
  deps: AlertDependencies,
  alert: RunAlert,
  channel: AlertChannel,
  record: RecordAttempt,
  firstWebhookAttempt: number
): Promise<void> {
  const { settings } = alert;
  if (channel === 'browser') return record('sent', null);
  if (channel === 'telegram') {
    const message = `${alert.title}\n${alert.body}`.slice(0, 4096);
    const sent = await deps.client.telegramNotify(
      { username: settings.telegram!.username, message, priority: 5 },
      { caller: 'alerts' }
    );
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
export function publishOutcome(
  deps: Pick<AlertDependencies, 'bus' | 'logger'>,
  run: Run,
  delivery: AlertDelivery,
  notification: { title: string; body: string } | null
): void {
  if (delivery.status === 'failed')
    deps.logger?.warn('alert not delivered', { runId: run.id, channel: delivery.channel, error: delivery.lastError });
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
