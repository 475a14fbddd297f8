import { compareRuns, type RunComparison } from './run-compare';
import { deleteRun, getRun, previousRun, type ScanRun } from './run-store';

/** One run on screen, with the run before it and how the two differ. */
export class RunDetail {
  run = $state<ScanRun | null>(null);
  previous = $state<ScanRun | null>(null);
  comparison = $state<RunComparison | null>(null);
  loading = $state(true);
  failure = $state<string | null>(null);

  /** Symbols counted per data state, e.g. { cached: 48, failed: 2 }. */
  readonly dataCounts = $derived(
    (this.run?.dataStatus ?? []).reduce<Record<string, number>>(
      (counts, { state }) => ({ ...counts, [state]: (counts[state] ?? 0) + 1 }),
      {}
    )
  );

  async load(id: string) {
    this.loading = true;
    try {
      const run = await getRun(id);
      const previous = run ? await previousRun(run) : null;
      this.run = run;
      this.previous = previous;
      this.comparison = run && previous ? compareRuns(previous, run) : null;
      this.failure = run ? null : 'No such run: it may have been deleted.';
    } catch (error) {
      this.failure = `The run could not be read: ${(error as Error).message}`;
    } finally {
      this.loading = false;
    }
  }

  async remove() {
    if (this.run) await deleteRun(this.run.id);
  }
}
