/** A record as the server last sent it: the base the next push's changes are computed against. */
export interface ScannerShadow {
  id: string;
  rev: number;
  name: string;
  description: string;
  category: string;
  source: string;
}

export interface WatchlistShadow {
  id: string;
  rev: number;
  name: string;
  symbols: Array<{ symbol: string; exchange: string }>;
}
