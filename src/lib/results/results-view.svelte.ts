import type { ScanRow } from '$engine/pool/scan-types';
import { columnNames, signalsOf } from './result-columns';
import { filterRows, sortRows, type SortDirection, type SortKey } from './row-order';

/** Where the hidden AddColumn names are remembered, across runs and reloads. */
const HIDDEN_COLUMNS_KEY = 'fluxscan:results:hidden-columns';

function readHiddenColumns(): string[] {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(HIDDEN_COLUMNS_KEY) ?? '[]');
    return Array.isArray(value) ? value.filter((name): name is string => typeof name === 'string') : [];
  } catch {
    return [];
  }
}

/** A results table's view of its rows: sort, text and signal filters, hidden columns. */
export class ResultsView {
  /** Null keeps the scan's own order. */
  sortKey = $state<SortKey | null>(null);
  direction = $state<SortDirection>('asc');
  query = $state('');
  /** Null shows every signal. */
  signal = $state<string | null>(null);
  hidden = $state<string[]>(readHiddenColumns());
  readonly columns: string[];
  readonly visibleColumns: string[];
  readonly signals: string[];
  readonly total: number;
  /** The rows to show, filtered and sorted. */
  readonly shown: ScanRow[];

  /** @example const view = new ResultsView(() => rows) */
  constructor(rows: () => ScanRow[]) {
    this.columns = $derived(columnNames(rows()));
    this.visibleColumns = $derived(this.columns.filter((name) => !this.hidden.includes(name)));
    this.signals = $derived(signalsOf(rows()));
    this.total = $derived(rows().length);
    this.shown = $derived.by(() => {
      const filtered = filterRows(rows(), this.query, this.signal);
      return this.sortKey === null ? filtered : sortRows(filtered, this.sortKey, this.direction);
    });
  }

  /** Sorts by `key`, ascending first; asking again for the same key reverses it. */
  sortBy(key: SortKey) {
    if (this.sortKey === key) this.direction = this.direction === 'asc' ? 'desc' : 'asc';
    else {
      this.sortKey = key;
      this.direction = 'asc';
    }
  }

  /** Shows or hides an AddColumn and remembers the choice. */
  toggleColumn(name: string) {
    this.hidden = this.hidden.includes(name) ? this.hidden.filter((hidden) => hidden !== name) : [...this.hidden, name];
    try {
      localStorage.setItem(HIDDEN_COLUMNS_KEY, JSON.stringify(this.hidden));
    } catch {
      // Storage may be full or disabled; the choice still holds for this page.
    }
  }
}

/**
 * The symbol view of a row, carrying the run it came from.
 * @example symbolHref(row, run.id) // '/symbol/NSE/M%26M?run=…'
 */
export function symbolHref(row: Pick<ScanRow, 'exchange' | 'symbol'>, runId?: string): string {
  const path = `/symbol/${encodeURIComponent(row.exchange)}/${encodeURIComponent(row.symbol)}`;
  return runId ? `${path}?run=${encodeURIComponent(runId)}` : path;
}
