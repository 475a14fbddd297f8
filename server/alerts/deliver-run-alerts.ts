import type { AlertDelivery, Run, RunResult } from '../store/index.js';
import { composeRunAlert, deliverOnChannel, type AlertDependencies } from './run-alert.js';

export type { AlertDependencies } from './run-alert.js';

/**
 * Sends a finished scheduled run's matches to the alert channels: Telegram through OpenAlgo's
 * telegram/notify, a signed webhook (retried on 5xx and timeouts), and the browser (an
 * `alert-delivered` event carrying the notification). With `onlyNew` only symbols that did not
 * match in the previous completed run count. Every attempt is recorded in `store.alerts` and
 * each channel's outcome is published as `alert-delivered`.
 * @example await deliverRunAlerts({ store, client, bus }, { run, matches })
 */
export async function deliverRunAlerts(
  deps: AlertDependencies,
  { run, matches }: { run: Run; matches: RunResult[] }
): Promise<AlertDelivery[]> {
  const composed = await composeRunAlert(deps, run, matches);
  if ('reason' in composed) return [];
  const { alert } = composed;
  return Promise.all(
    alert.channels.map(async (channel) =>
      deliverOnChannel(deps, alert, await deps.store.alerts.create({ runId: run.id, channel }), channel)
    )
  );
}
