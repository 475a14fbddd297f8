import { serverEvents } from '$lib/events/server-events.svelte';
import { listScanners, type SavedScanner } from '$lib/scanners/scanner-store';
import { listWatchlists, type Watchlist } from '$lib/watchlists/watchlist-store';
import { DEFAULT_SCHEDULE_ALERTS, type ScheduleAlerts } from './alert-schema';
import { ensureOnServer } from './ensure-on-server';
import { enteredTopText, parseEnteredTop } from './entered-top';
import { awaitingNextRun } from './next-run';
import {
  createSchedule,
  deleteSchedule,
  getSchedule,
  getScheduleAlerts,
  listServerScanners,
  listServerWatchlists,
  saveScheduleAlerts,
  updateSchedule
} from './schedule-api';
import { blankForm, formOf, timingOf, type ScheduleFormValues } from './schedule-form';
import type { ServerSchedule } from './schedule-schema';
import type { ServerFailure } from './server-request';

const NEXT_RUN_POLL_MS = 2_000;
const sameName = (a: string, b: string) => a.localeCompare(b, 'en', { sensitivity: 'base' }) === 0;

/** The schedule form's state: the choices from this browser, the fields, the saved schedule and the server's complaints. */
export class ScheduleEditor {
  values = $state<ScheduleFormValues>(blankForm());
  alerts = $state<ScheduleAlerts>({ ...DEFAULT_SCHEDULE_ALERTS });
  /** The alert's top N as typed: blank is off; read into `alerts.enteredTop` on save. */
  enteredTop = $state('');
  /** The schedule as the server last answered; null for a new one. */
  schedule = $state<ServerSchedule | null>(null);
  scanners = $state<SavedScanner[]>([]);
  watchlists = $state<Watchlist[]>([]);
  /** The server's names for a scanner or watchlist this browser no longer has. */
  missing = $state<{ scanner: string | null; watchlist: string | null }>({ scanner: null, watchlist: null });
  fields = $state<Record<string, string[]>>({});
  failure = $state<string | null>(null);
  saved = $state(false);
  loaded = $state(false);
  saving = $state(false);
  private pollTimer: ReturnType<typeof setTimeout> | undefined;

  /** Loads the choices and, for `id`, the saved schedule; returns the function that stops following it. */
  start(id: string | null, preset: { scannerId?: string | null; watchlistId?: string | null } = {}): () => void {
    void this.load(id, preset);
    const unsubscribe = serverEvents.subscribe((event) => {
      const scheduleId = this.schedule?.id;
      if (
        scheduleId &&
        ((event.type === 'run-finished' && event.data.scheduleId === scheduleId) || event.type === 'resync')
      )
        void this.refreshSchedule();
    });
    return () => {
      unsubscribe();
      clearTimeout(this.pollTimer);
    };
  }

  private async load(id: string | null, preset: { scannerId?: string | null; watchlistId?: string | null }) {
    this.schedule = null;
    this.missing = { scanner: null, watchlist: null };
    this.fields = {};
    this.failure = null;
    this.saved = false;
    this.loaded = false;
    [this.scanners, this.watchlists] = await Promise.all([listScanners(), listWatchlists()]);
    if (id === null) {
      this.values = { ...blankForm(), scannerId: preset.scannerId ?? '', watchlistId: preset.watchlistId ?? '' };
      this.loaded = true;
      return;
    }
    const [schedule, alerts, serverScanners, serverWatchlists] = await Promise.all([
      getSchedule(id),
      getScheduleAlerts(id),
      listServerScanners(),
      listServerWatchlists()
    ]);
    if ('error' in schedule) {
      this.failure = schedule.error.message;
      this.loaded = true;
      return;
    }
    const scannerName =
      'data' in serverScanners
        ? serverScanners.data.scanners.find((s) => s.id === schedule.data.schedule.scannerId)?.name
        : undefined;
    const watchlistName =
      'data' in serverWatchlists
        ? serverWatchlists.data.watchlists.find((w) => w.id === schedule.data.schedule.watchlistId)?.name
        : undefined;
    const scanner = scannerName === undefined ? undefined : this.scanners.find((s) => sameName(s.name, scannerName));
    const watchlist =
      watchlistName === undefined ? undefined : this.watchlists.find((w) => sameName(w.name, watchlistName));
    this.missing = {
      scanner: scanner ? null : (scannerName ?? 'a deleted scanner'),
      watchlist: watchlist ? null : (watchlistName ?? 'a deleted watchlist')
    };
    this.values = formOf(schedule.data.schedule, { scannerId: scanner?.id ?? '', watchlistId: watchlist?.id ?? '' });
    if ('data' in alerts) this.alerts = alerts.data.alerts;
    this.enteredTop = enteredTopText(this.alerts.enteredTop);
    this.setSchedule(schedule.data.schedule);
    this.loaded = true;
  }

  /**
   * Puts the chosen scanner and watchlist on the server as they are in this browser, then creates or
   * updates the schedule and its alerts. Resolves to the schedule's id, or null with the reasons shown.
   */
  async save(): Promise<string | null> {
    const top = parseEnteredTop(this.enteredTop);
    // Refused before anything reaches the server, so a bad top N never leaves a half-saved schedule.
    if ('error' in top)
      return this.refuse({
        status: 0,
        message: 'The schedule was not saved: check the marked field.',
        fields: { enteredTop: [top.error] }
      });
    this.alerts.enteredTop = top.value;
    this.saving = true;
    this.saved = false;
    try {
      const ids = await ensureOnServer({ scannerId: this.values.scannerId, watchlistId: this.values.watchlistId });
      if ('error' in ids) return this.refuse(ids.error);
      const input = {
        ...ids.data,
        ...timingOf(this.values),
        marketHoursOnly: this.values.marketHoursOnly,
        enabled: this.values.enabled
      };
      const saved = this.schedule ? await updateSchedule(this.schedule.id, input) : await createSchedule(input);
      if ('error' in saved) return this.refuse(saved.error);
      const alerts = await saveScheduleAlerts(saved.data.schedule.id, $state.snapshot(this.alerts));
      this.setSchedule(saved.data.schedule);
      if ('error' in alerts) return this.refuse(alerts.error);
      this.alerts = alerts.data.alerts;
      this.enteredTop = enteredTopText(alerts.data.alerts.enteredTop);
      this.fields = {};
      this.failure = null;
      this.missing = { scanner: null, watchlist: null };
      this.saved = true;
      return saved.data.schedule.id;
    } finally {
      this.saving = false;
    }
  }

  /** Deletes the saved schedule (its run history stays on the server). */
  async remove(): Promise<boolean> {
    if (!this.schedule) return false;
    const removed = await deleteSchedule(this.schedule.id);
    if ('error' in removed) return this.refuse(removed.error) !== null;
    clearTimeout(this.pollTimer);
    return true;
  }

  private refuse(error: ServerFailure): null {
    this.fields = error.fields;
    this.failure = error.message;
    return null;
  }

  private async refreshSchedule() {
    if (!this.schedule) return;
    const fresh = await getSchedule(this.schedule.id);
    if ('data' in fresh) this.setSchedule(fresh.data.schedule);
  }

  /** Keeps asking while the server works out the next run, so it shows as soon as it is known. */
  private setSchedule(schedule: ServerSchedule) {
    this.schedule = schedule;
    clearTimeout(this.pollTimer);
    if (awaitingNextRun(schedule)) this.pollTimer = setTimeout(() => void this.refreshSchedule(), NEXT_RUN_POLL_MS);
  }
}
