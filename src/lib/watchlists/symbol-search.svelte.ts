import { searchSymbols, type SymbolMatch } from './watchlist-api';

/** Keystrokes closer together than this make one search. */
const DEBOUNCE_MS = 250;
const MAX_SHOWN = 20;

/**
 * State of the symbol autocomplete: the query, matches from OpenAlgo (debounced, stale answers
 * dropped), which option is active, and whether the listbox is open.
 */
export class SymbolSearch {
  query = $state('');
  matches = $state<SymbolMatch[]>([]);
  active = $state(-1);
  open = $state(false);
  loading = $state(false);
  error = $state<string | null>(null);
  private timer: ReturnType<typeof setTimeout> | undefined;
  private controller: AbortController | null = null;

  /** Call on every edit of the query. */
  input(query: string) {
    this.query = query;
    clearTimeout(this.timer);
    this.controller?.abort();
    if (!query.trim()) {
      this.close();
      this.matches = [];
      return;
    }
    this.timer = setTimeout(() => void this.run(query.trim()), DEBOUNCE_MS);
  }

  private async run(query: string) {
    const controller = new AbortController();
    this.controller = controller;
    this.loading = true;
    this.error = null;
    try {
      const matches = await searchSymbols(query.slice(0, 64), { signal: controller.signal });
      if (controller.signal.aborted) return;
      this.matches = matches.slice(0, MAX_SHOWN);
      this.active = this.matches.length ? 0 : -1;
      this.open = true;
    } catch (error) {
      if (controller.signal.aborted) return;
      this.matches = [];
      this.error = navigator.onLine ? (error as Error).message : 'Search needs a connection.';
      this.open = true;
    } finally {
      if (this.controller === controller) this.loading = false;
    }
  }

  /** Moves the active option by `step`, wrapping around. */
  move(step: 1 | -1) {
    if (!this.matches.length) return;
    this.open = true;
    this.active = (this.active + step + this.matches.length) % this.matches.length;
  }

  /** The active match, if the listbox shows one. */
  get current(): SymbolMatch | null {
    return this.open ? (this.matches[this.active] ?? null) : null;
  }

  close() {
    this.open = false;
    this.active = -1;
  }

  /** Empties the box after a pick. */
  reset() {
    clearTimeout(this.timer);
    this.controller?.abort();
    this.query = '';
    this.matches = [];
    this.loading = false;
    this.error = null;
    this.close();
  }
}
