import type { ScanRow } from '$engine/pool/scan-types';
import { getServerRun } from './schedule-api';
import type { ServerRunDetail } from './schedule-schema';

/** One server run with its results, for the results table. */
export class ServerRunView {
  run = $state<ServerRunDetail['run'] | null>(null);
  rows = $state<ScanRow[]>([]);
  totalResults = $state(0);
  errors = $state<ServerRunDetail['errors']>([]);
  failure = $state<string | null>(null);
  loading = $state(false);

  async load(runId: string) {
    this.loading = true;
    const detail = await getServerRun(runId);
    this.loading = false;
    if ('error' in detail) {
      this.failure = detail.error.message;
      return;
    }
    this.failure = null;
    this.run = detail.data.run;
    this.rows = detail.data.results.items;
    this.totalResults = detail.data.results.total;
    this.errors = detail.data.errors;
  }
}
