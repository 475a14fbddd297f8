import { serverEvents } from '$lib/events/server-events.svelte';
import type { ScheduleAlerts } from './alert-schema';
import {
  getScheduleAlerts,
  listScheduleRuns,
  listSchedules,
  listServerScanners,
  listServerWatchlists,
  updateSchedule
} from './schedule-api';
import { awaitingNextRun } from './next-run';
import type { ServerRun, ServerSchedule } from './schedule-schema';

/** How often the list is reloaded while the server is still working out a next run. */
const NEXT_RUN_POLL_MS = 2_000;

/** The schedules screen's state: the server's schedules with their scanner and watchlist names and last runs. */
export class ScheduleList {
  schedules = $state<ServerSchedule[]>([]);
  scannerNames = $state<Record<string, string>>({});
  watchlistNames = $state<Record<string, string>>({});
  lastRuns = $state<Record<string, ServerRun | undefined>>({});
  /** Each schedule's alerting; missing when the server could not say. */
  alerts = $state<Record<string, ScheduleAlerts | undefined>>({});
  loaded = $state(false);
  failure = $state<string | null>(null);
  private pollTimer: ReturnType<typeof setTimeout> | undefined;

  /** Loads the list and keeps it current (run events, pending next runs); returns the function that stops it. */
  start(): () => void {
    void this.load();
    const unsubscribe = serverEvents.subscribe((event) => {
      if (event.type === 'run-finished' || event.type === 'resync') void this.load();
    });
    return () => {
      unsubscribe();
      clearTimeout(this.pollTimer);
    };
  }

  async load() {
    clearTimeout(this.pollTimer);
    const [schedules, scanners, watchlists] = await Promise.all([
      listSchedules(),
      listServerScanners(),
      listServerWatchlists()
    ]);
    if ('error' in schedules) {
      this.failure = schedules.error.message;
      this.loaded = true;
      return;
    }
    this.failure = null;
    this.schedules = schedules.data.schedules;
    if ('data' in scanners) this.scannerNames = Object.fromEntries(scanners.data.scanners.map((s) => [s.id, s.name]));
    if ('data' in watchlists)
      this.watchlistNames = Object.fromEntries(watchlists.data.watchlists.map((w) => [w.id, w.name]));
    const [lastRuns, alerts] = await Promise.all([
      Promise.all(this.schedules.map((s) => listScheduleRuns(s.id, 1))),
      Promise.all(this.schedules.map((s) => getScheduleAlerts(s.id)))
    ]);
    this.lastRuns = Object.fromEntries(
      this.schedules.map((s, i) => {
        const page = lastRuns[i];
        return [s.id, 'data' in page ? page.data.runs[0] : undefined];
      })
    );
    this.alerts = Object.fromEntries(
      this.schedules.map((s, i) => {
        const answer = alerts[i];
        return [s.id, 'data' in answer ? answer.data.alerts : undefined];
      })
    );
    this.loaded = true;
    if (this.schedules.some((s) => awaitingNextRun(s)))
      this.pollTimer = setTimeout(() => void this.load(), NEXT_RUN_POLL_MS);
  }

  async setEnabled(schedule: ServerSchedule, enabled: boolean) {
    const saved = await updateSchedule(schedule.id, { enabled });
    if ('error' in saved) this.failure = saved.error.message;
    await this.load();
  }
}
