import {
  checkUncheckedSymbols,
  addSymbolsFromText,
  downloadWatchlist,
  importSymbolFile,
  type AddOutcome,
  type CheckProgress
} from './watchlists.service';
import type { ExportFormat } from './watchlist-export';
import {
  addSymbols,
  observeWatchlist,
  removeSymbols,
  renameWatchlist,
  type SymbolRef,
  type SymbolStatus,
  type Watchlist,
  type WatchlistSymbol
} from './watchlist-store';

export type StatusFilter = SymbolStatus | 'all';

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

const describeAdd = ({ read, added, malformed }: AddOutcome, what: string) =>
  `${what}: ${added} added` +
  (read > added ? `, ${read - added} already listed` : '') +
  (malformed > 0 ? `, ${malformed} not a valid symbol (flagged unknown)` : '') +
  '.';

/** State of one watchlist's screen: the list as stored, the table's filters, symbol checks, messages. */
export class WatchlistEditor {
  list = $state<Watchlist | null>(null);
  /** False until the first read; then a null list means there is none. */
  loaded = $state(false);
  query = $state('');
  statusFilter = $state<StatusFilter>('all');
  checking = $state<CheckProgress | null>(null);
  notice = $state<string | null>(null);
  error = $state<string | null>(null);
  private checkController: AbortController | null = null;
  private checkAgain = false;

  constructor(private readonly id: string) {}

  readonly counts = $derived.by(() => {
    const counts: Record<SymbolStatus, number> = { valid: 0, unknown: 0, unchecked: 0 };
    for (const s of this.list?.symbols ?? []) counts[s.status]++;
    return counts;
  });

  readonly visible = $derived.by((): WatchlistSymbol[] => {
    const query = this.query.trim().toUpperCase();
    return (this.list?.symbols ?? []).filter(
      (s) =>
        (this.statusFilter === 'all' || s.status === this.statusFilter) &&
        (!query || s.symbol.includes(query) || s.exchange.includes(query))
    );
  });

  /** Follows the stored list and checks symbols left unchecked earlier; returns the function that stops both. */
  start(): () => void {
    const stop = observeWatchlist(
      this.id,
      (list) => {
        this.list = list;
        this.loaded = true;
      },
      (error) => (this.error = messageOf(error))
    );
    void this.check();
    return () => {
      stop();
      this.checkController?.abort();
    };
  }

  private async attempt<T>(change: () => Promise<T>): Promise<T | null> {
    this.error = null;
    this.notice = null;
    try {
      return await change();
    } catch (error) {
      this.error = messageOf(error);
      return null;
    }
  }

  rename(name: string) {
    return this.attempt(() => renameWatchlist(this.id, name));
  }

  /** Adds one symbol picked from search: OpenAlgo just listed it, so it is valid. */
  async addFromSearch(symbol: SymbolRef) {
    const done = await this.attempt(() => addSymbols(this.id, [{ ...symbol, status: 'valid' }]));
    if (done) this.notice = `${symbol.exchange}:${symbol.symbol} added.`;
  }

  async paste(text: string) {
    const outcome = await this.attempt(() => addSymbolsFromText(this.id, text));
    if (outcome) this.afterAdd(outcome, 'Pasted');
    return outcome;
  }

  async import(file: File) {
    const outcome = await this.attempt(() => importSymbolFile(this.id, file));
    if (outcome) this.afterAdd(outcome, `Imported ${file.name}`);
    return outcome;
  }

  private afterAdd(outcome: AddOutcome, what: string) {
    this.notice = describeAdd(outcome, what);
    void this.check();
  }

  remove(symbols: SymbolRef[]) {
    return this.attempt(() => removeSymbols(this.id, symbols));
  }

  /** Removes every symbol flagged unknown, after the user has seen them. */
  removeUnknown() {
    return this.remove((this.list?.symbols ?? []).filter((s) => s.status === 'unknown'));
  }

  /** Checks unchecked symbols with the server; asked while a check runs, it runs again after it for symbols added meanwhile. */
  async check() {
    if (this.checking) {
      this.checkAgain = true;
      return;
    }
    this.checkController = new AbortController();
    this.checking = { done: 0, total: 0 };
    try {
      do {
        this.checkAgain = false;
        const result = await checkUncheckedSymbols(this.id, {
          onProgress: (p) => (this.checking = p),
          signal: this.checkController.signal
        });
        if ('error' in result) {
          this.error = result.error;
          break;
        }
      } while (this.checkAgain);
    } finally {
      this.checking = null;
    }
  }

  export(format: ExportFormat) {
    if (this.list) downloadWatchlist(this.list, format);
  }
}
