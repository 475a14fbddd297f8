import { listRuns, listRunScanners, type ScanRunSummary } from './run-store';

/** One page of run history, optionally one scanner's runs only. */
export class RunHistory {
  runs = $state<ScanRunSummary[]>([]);
  total = $state(0);
  page = $state(0);
  scannerId = $state<string | null>(null);
  scanners = $state<{ scannerId: string; scannerName: string }[]>([]);
  loading = $state(false);
  failure = $state<string | null>(null);

  readonly pageSize: number;
  readonly pages: number;

  constructor(pageSize = 20) {
    this.pageSize = pageSize;
    this.pages = $derived(Math.max(1, Math.ceil(this.total / this.pageSize)));
  }

  /** Reads the current page (and the scanners for the filter). */
  async load() {
    this.loading = true;
    try {
      const [page, scanners] = await Promise.all([
        listRuns({ scannerId: this.scannerId ?? undefined, limit: this.pageSize, offset: this.page * this.pageSize }),
        listRunScanners()
      ]);
      this.runs = page.runs;
      this.total = page.total;
      this.scanners = scanners;
      this.failure = null;
    } catch (error) {
      this.failure = `Run history could not be read: ${(error as Error).message}`;
    } finally {
      this.loading = false;
    }
  }

  async goTo(page: number) {
    this.page = Math.min(Math.max(0, page), this.pages - 1);
    await this.load();
  }

  async filterByScanner(scannerId: string | null) {
    this.scannerId = scannerId;
    this.page = 0;
    await this.load();
  }
}
