import type { Client } from '@libsql/client';
import { istDateOf } from '../../../src-worker/calendar/index.js';
import type { EventBus } from '../../events/index.js';
import type { Logger } from '../../http/logger.js';
import type { Store } from '../../store/index.js';
import { createScheduleAlertRepository } from '../schedule-alerts.js';
import type { Trigger } from './plan-calls.js';
import type {} from '../../live/scans/live-scan-event.js';

export interface TriggerSources {
  store: Pick<Store, 'client' | 'runs' | 'scanners'>;
  bus: EventBus;
  dispatch: (trigger: Trigger) => Promise<void>;
  logger?: Logger;
  now?: () => number;
}

async function liveScanScanner(client: Client, liveScanId: string): Promise<string | null> {
  const { rows } = await client.execute({ sql: 'SELECT scanner_id FROM live_scans WHERE id = ?', args: [liveScanId] });
  return rows[0] ? String(rows[0].scanner_id) : null;
}

/**
 * Turns live-scan bar closes and finished scheduled runs (whose schedule has alerts on) into
 * target triggers. A live scan's run is its day; a schedule's run is its day too, so a symbol that
 * stays in across the day's runs fires once. Returns the unsubscribe function.
 * @example const stop = fireTargetsOnEvents({ store, bus, dispatch })
 */
export function fireTargetsOnEvents({ store, bus, dispatch, logger, now = Date.now }: TriggerSources): () => void {
  const schedules = createScheduleAlertRepository(store.client);
  async function fromEvent(event: Parameters<Parameters<EventBus['subscribe']>[0]>[0]): Promise<Trigger | null> {
    if (event.type === 'live-scan') {
      const { liveScanId, barTime, entered, rows } = event.data;
      if (entered.length === 0 && rows.length === 0) return null;
      const scannerId = await liveScanScanner(store.client, liveScanId);
      const scanner = scannerId ? await store.scanners.get(scannerId) : null;
      if (!scanner) return null;
      return {
        runKey: `live:${liveScanId}:${istDateOf(barTime * 1000)}`,
        scannerId,
        scannerName: scanner.name,
        entered,
        rows,
        at: now()
      };
    }
    if (
      event.type === 'run-finished' &&
      event.data.status === 'completed' &&
      event.data.scheduleId !== null &&
      event.data.matches > 0
    ) {
      if (!(await schedules.get(event.data.scheduleId)).enabled) return null;
      const run = await store.runs.get(event.data.runId);
      if (!run) return null;
      const { results } = await store.runs.results(run.id, { limit: 100_000 });
      const entered = results.map((row) => `${row.exchange}:${row.symbol}`);
      return {
        runKey: `schedule:${event.data.scheduleId}:${istDateOf(event.data.finishedAt)}`,
        scannerId: run.scanner.id ?? null,
        scannerName: run.scanner.name,
        entered,
        rows: results,
        at: now()
      };
    }
    return null;
  }
  return bus.subscribe((event) => {
    if (event.type !== 'live-scan' && event.type !== 'run-finished') return;
    void fromEvent(event)
      .then((trigger) => trigger && dispatch(trigger))
      .catch((error: unknown) =>
        logger?.warn('OpenAlgo alert targets not fired', { event: event.type, error: String(error) })
      );
  });
}
