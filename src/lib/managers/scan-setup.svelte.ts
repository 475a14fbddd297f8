import { declaredHeaderTags, INTERVALS, parseScannerHeader, type ScannerMeta } from '$engine/contract/scanner-header';
import type { ParameterValues } from '$engine/contract/parameters';
import { listScanners, type SavedScanner } from '$lib/scanners/scanner-store';
import { scannerTemplates, templateById } from '$lib/scanners/scanner-templates';
import {
  constituentSymbols,
  readRememberedSymbols,
  withListedIndustries,
  type ScanSymbol
} from '$lib/sectors/symbol-industries';
import { fetchPredefinedList, fetchPredefinedLists, type PredefinedList } from '$lib/services/lists.service';
import { scanDefaults } from '$lib/settings';
import { listWatchlists, type Watchlist } from '$lib/watchlists/watchlist-store';

export interface ScannerChoice {
  value: string;
  label: string;
  group: 'My scanners' | 'Templates';
  scannerId: string | null;
  source: string;
}

export interface WatchlistChoice {
  value: string;
  label: string;
  group: 'My watchlists' | 'NSE indices';
  watchlistId: string | null;
}

/**
 * What the scan screen is about to run: scanner, watchlist, interval, lookback
 * and parameter overrides, with the scanner's own declarations as defaults.
 */
export class ScanSetup {
  scanners = $state<ScannerChoice[]>([]);
  watchlists = $state<WatchlistChoice[]>([]);
  scannerValue = $state('');
  watchlistValue = $state('predefined:nifty50');
  interval = $state<string>('D');
  lookbackBars = $state(250);
  params = $state<ParameterValues>({});
  /** Keep the N best-ranked matches (the scanner's `@top` unless changed); empty keeps them all. */
  top = $state<number | null>(null);
  readonly intervals = INTERVALS;

  readonly scanner = $derived(this.scanners.find((s) => s.value === this.scannerValue) ?? null);
  readonly watchlist = $derived(this.watchlists.find((w) => w.value === this.watchlistValue) ?? null);
  readonly meta: ScannerMeta | null = $derived.by(() => {
    if (!this.scanner) return null;
    const header = parseScannerHeader(this.scanner.source);
    return 'data' in header ? header.data : null;
  });

  /** Loads the choices: saved scanners first, then the templates; own watchlists, then NSE indices. */
  async load(preselect: { scanner?: string | null; watchlist?: string | null } = {}): Promise<void> {
    const [saved, own, indices] = await Promise.all([
      listScanners().catch(() => [] as SavedScanner[]),
      listWatchlists().catch(() => [] as Watchlist[]),
      fetchPredefinedLists().catch(() => [] as PredefinedList[])
    ]);
    this.scanners = [
      ...saved.map((s) => ({
        value: `saved:${s.id}`,
        label: s.name,
        group: 'My scanners' as const,
        scannerId: s.id,
        source: s.source
      })),
      ...scannerTemplates().map((t) => ({
        value: `template:${t.id}`,
        label: t.name,
        group: 'Templates' as const,
        scannerId: null,
        source: templateById(t.id).source
      }))
    ];
    const predefined = indices.length ? indices : [{ id: 'nifty50', name: 'NIFTY 50', count: 50 }];
    this.watchlists = [
      ...own.map((w) => ({
        value: `watchlist:${w.id}`,
        label: `${w.name} (${w.symbols.length})`,
        group: 'My watchlists' as const,
        watchlistId: w.id
      })),
      ...predefined.map((l) => ({
        value: `predefined:${l.id}`,
        label: `${l.name} (${l.count})`,
        group: 'NSE indices' as const,
        watchlistId: null
      }))
    ];
    this.scannerValue = this.pick(this.scanners, preselect.scanner) ?? this.scanners[0]?.value ?? '';
    this.watchlistValue = this.pick(this.watchlists, preselect.watchlist) ?? this.watchlistValue;
    this.applyScannerDefaults();
  }

  /**
   * Takes interval, lookback and parameter defaults from the chosen scanner's header; what the
   * header does not declare comes from the user's settings.
   */
  applyScannerDefaults(): void {
    const defaults = scanDefaults();
    const declared = this.scanner ? declaredHeaderTags(this.scanner.source) : new Set<string>();
    this.interval = this.meta && declared.has('interval') ? this.meta.interval : defaults.defaultInterval;
    this.lookbackBars = this.meta && declared.has('lookback') ? this.meta.lookback : defaults.lookbackBars;
    this.top = this.meta?.top ?? null;
    this.params = Object.fromEntries((this.meta?.parameters ?? []).map((p) => [p.name, p.default]));
  }

  /** The Top-N field as the engine takes it: a whole number of at least 1, or nothing. */
  get topN(): number | undefined {
    return typeof this.top === 'number' && Number.isInteger(this.top) && this.top >= 1 ? this.top : undefined;
  }

  /**
   * The watchlist's symbols with their industries; a predefined list remembered offline from its
   * last download.
   */
  async symbols(): Promise<ScanSymbol[]> {
    const [kind, id] = this.watchlistValue.split(/:(.*)/s);
    if (kind === 'watchlist') {
      const list = (await listWatchlists()).find((w) => w.id === id);
      if (!list) throw new Error('that watchlist no longer exists');
      return withListedIndustries(list.symbols);
    }
    const key = `fluxscan:list:${id}`;
    try {
      const symbols = constituentSymbols(await fetchPredefinedList(id));
      localStorage.setItem(key, JSON.stringify(symbols));
      return symbols;
    } catch (error) {
      const remembered = readRememberedSymbols(localStorage.getItem(key));
      if (remembered) return remembered;
      throw error;
    }
  }

  private pick<T extends { value: string }>(choices: T[], wanted: string | null | undefined): string | null {
    if (!wanted) return null;
    return choices.find((c) => c.value === wanted || c.value.endsWith(`:${wanted}`))?.value ?? null;
  }
}
