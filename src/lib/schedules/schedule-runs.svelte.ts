import { serverEvents } from '$lib/events/server-events.svelte';
import { listScheduleRuns } from './schedule-api';
import type { ServerRun } from './schedule-schema';

const PAGE_SIZE = 10;

/** One schedule's run history on the server, a page at a time, reloaded when one of its runs finishes. */
export class ScheduleRuns {
  runs = $state<ServerRun[]>([]);
  total = $state(0);
  page = $state(0);
  loaded = $state(false);
  failure = $state<string | null>(null);
  readonly pages = $derived(Math.max(1, Math.ceil(this.total / PAGE_SIZE)));

  private scheduleId = '';

  /** Loads the schedule's first page and follows its runs; returns the function that stops following. */
  start(scheduleId: string): () => void {
    this.scheduleId = scheduleId;
    this.page = 0;
    void this.load();
    return serverEvents.subscribe((event) => {
      const mine =
        (event.type === 'run-started' || event.type === 'run-finished') && event.data.scheduleId === this.scheduleId;
      if (mine || event.type === 'resync') void this.load();
    });
  }

  async goTo(page: number) {
    this.page = page;
    await this.load();
  }

  private async load() {
    const page = await listScheduleRuns(this.scheduleId, PAGE_SIZE, this.page * PAGE_SIZE);
    this.loaded = true;
    if ('error' in page) {
      this.failure = page.error.message;
      return;
    }
    this.failure = null;
    this.runs = page.data.runs;
    this.total = page.data.total;
  }
}
