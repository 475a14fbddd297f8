import { fetchPredefinedLists, type PredefinedList } from '$lib/services/lists.service';
import { createFromPredefined } from './watchlists.service';
import {
  createWatchlist,
  deleteWatchlist,
  observeWatchlists,
  renameWatchlist,
  type Watchlist
} from './watchlist-store';

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** State of the watchlists screen: every list (kept current from IndexedDB), the predefined ones, the last error. */
export class WatchlistIndex {
  lists = $state<Watchlist[]>([]);
  loaded = $state(false);
  predefined = $state<PredefinedList[]>([]);
  error = $state<string | null>(null);
  busy = $state(false);

  /** Starts following the stored lists; returns the function that stops it. */
  start(): () => void {
    fetchPredefinedLists()
      .then((lists) => (this.predefined = lists))
      .catch(() => (this.predefined = []));
    return observeWatchlists(
      (lists) => {
        this.lists = lists;
        this.loaded = true;
      },
      (error) => (this.error = messageOf(error))
    );
  }

  /** Runs a change, keeping its error for the screen; resolves to its result or null. */
  private async attempt<T>(change: () => Promise<T>): Promise<T | null> {
    this.error = null;
    this.busy = true;
    try {
      return await change();
    } catch (error) {
      this.error = messageOf(error);
      return null;
    } finally {
      this.busy = false;
    }
  }

  create(name: string) {
    return this.attempt(() => createWatchlist(name));
  }

  createFromPredefined(listId: string) {
    return this.attempt(() => createFromPredefined(listId));
  }

  rename(id: string, name: string) {
    return this.attempt(() => renameWatchlist(id, name));
  }

  remove(id: string) {
    return this.attempt(() => deleteWatchlist(id));
  }

  clearError() {
    this.error = null;
  }
}
