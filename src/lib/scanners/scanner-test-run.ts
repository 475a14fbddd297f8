import { loadScanCandles, type SymbolDataStatus } from '$lib/candles';
import { enginePool } from '$lib/services/engine-pool';
import { parseScannerHeader } from '$engine/contract/scanner-header';
import type { ScanRow } from '$engine/pool/scan-types';
import { lineOfMessage } from './scanner-lint';

export interface TestRunRequest {
  source: string;
  symbol: string;
  exchange: string;
  params: Record<string, unknown>;
  signal?: AbortSignal;
}

/** What a test run found: the row, no match, or an error with the scanner line it is on. */
export type TestRunOutcome =
  | { kind: 'match'; row: ScanRow; formats: Record<string, string> }
  | { kind: 'no-match' }
  | { kind: 'error'; message: string; line: number | null };

/** The outcome plus where the candles came from. */
export type TestRunResult = TestRunOutcome & {
  symbol: string;
  exchange: string;
  data: SymbolDataStatus | null;
  elapsedMs: number;
};

/**
 * Runs a scanner on one symbol, exactly as a scan would: candles from the cache
 * (fetched when missing) at the header's interval and lookback, then the engine pool.
 * @example await testRunScanner({ source, symbol: 'INFY', exchange: 'NSE', params: { fast: 12 } }) // { kind: 'match', row, … }
 */
export async function testRunScanner(request: TestRunRequest): Promise<TestRunResult> {
  const started = performance.now();
  const symbol = request.symbol.trim().toUpperCase();
  const exchange = request.exchange.trim().toUpperCase();
  let data: SymbolDataStatus | null = null;
  const done = (outcome: TestRunOutcome): TestRunResult => ({
    ...outcome,
    symbol,
    exchange,
    data,
    elapsedMs: performance.now() - started
  });

  const header = parseScannerHeader(request.source);
  if ('error' in header) return done({ kind: 'error', message: header.error, line: header.line });
  const tasks = loadScanCandles({
    symbols: [{ symbol, exchange }],
    interval: header.data.interval,
    lookbackBars: header.data.lookback,
    signal: request.signal,
    onStatus: (status) => (data = status)
  });
  const summary = await enginePool().scan({
    source: request.source,
    params: request.params,
    symbols: tasks,
    total: 1,
    signal: request.signal
  });
  if (summary.status === 'failed')
    return done({
      kind: 'error',
      message: summary.message ?? 'the scan failed',
      line: lineOfMessage(summary.message ?? '')
    });
  const [error] = summary.errors;
  if (error) return done({ kind: 'error', message: error.message, line: error.line });
  const status = data as SymbolDataStatus | null;
  if (status?.state === 'failed')
    return done({ kind: 'error', message: `no data for ${symbol}: ${status.error ?? 'unavailable'}`, line: null });
  const [row] = summary.rows;
  return done(row ? { kind: 'match', row, formats: summary.columnFormats } : { kind: 'no-match' });
}
