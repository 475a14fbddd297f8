import { parseScannerHeader } from '../../../src-worker/contract/scanner-header.js';
import type { EventBus } from '../../events/index.js';
import type { SharedScanPool } from '../../headless/index.js';
import type { Logger } from '../../http/logger.js';
import type { CandleCache } from '../../market/index.js';
import type { Store } from '../../store/index.js';
import { bucketStart, closesBar, LIVE_INTERVAL_MINUTES, type CandleBuilder } from '../candles/index.js';
import { instrumentKey, type LiveStream, type LiveStreamStatus } from '../stream/index.js';
import { formingPublisher } from './forming-events.js';
import { createLiveScanRunner, type LiveScanRunner, type LiveScanRunnerState } from './live-scan-runner.js';
import { createLiveScanRepository, type LiveScanInput, type LiveScanRepository } from './live-scan-store.js';
import type { LiveScan } from './live-scan-types.js';
import { isTrading } from './market-hours.js';
import { symbolChart, type SymbolChart } from './symbol-chart.js';

export interface LiveScansOptions {
  store: Pick<Store, 'client' | 'scanners'>;
  cache: Pick<CandleCache, 'history'>;
  pool: SharedScanPool;
  bus: EventBus;
  stream: LiveStream;
  builder: CandleBuilder;
  /** Market time (the simulator's demo clock with the simulator). */
  marketNow: () => number;
  logger?: Logger;
  /** A bar closes this long after its minute ends, for ticks still on their way. */
  graceMs?: number;
  /** How often (real ms) the market clock is checked for a minute boundary. */
  pollMs?: number;
  /** With the simulator: its demo clock's speed and the session it replays (null: the real market). */
  demoClock?: { speed: number; replaying: string | null };
  /** How often (real ms) changed forming bars are published as `live-forming` events. */
  formingMs?: number;
}

export interface LiveScanView extends LiveScan {
  state: (LiveScanRunnerState & { symbols: LiveStreamStatus['symbols'] }) | null;
}

export type LiveScanFailure = { status: 400 | 404 | 409; message: string; field?: string };

export interface LiveScans {
  /** Resumes the live scans left running, if NSE trades now; stops them otherwise. */
  start(): Promise<void>;
  create(input: LiveScanInput): Promise<{ data: LiveScanView } | { error: LiveScanFailure }>;
  list(): Promise<LiveScanView[]>;
  get(id: string): Promise<LiveScanView | null>;
  stop(id: string, reason?: string): Promise<LiveScanView | null>;
  /** Today's bars of one of a running scan's symbols at its interval, the forming one apart; null when the scan is not running it. */
  chart(id: string, instrument: { symbol: string; exchange: string }): SymbolChart | null;
  repository: LiveScanRepository;
  /** Stream state with every symbol's subscription and last tick. */
  status(): LiveStreamStatus & { liveScans: number };
  /** A summary for /api/health: connections and how many symbols are subscribed, pending or refused. */
  health(): {
    url: string;
    liveScans: number;
    connections: LiveStreamStatus['connections'];
    symbols: Record<'subscribed' | 'pending' | 'error', number>;
    demoClock: { speed: number; replaying: string | null; marketTime: string } | null;
  };
  /** Resolves once every rescan in flight has finished (tests, shutdown). */
  idle(): Promise<void>;
  close(): void;
}

/**
 * The server's live scans: keeps the stream subscribed to the union of their symbols, builds
 * one-minute candles from its ticks, closes them on the IST minute boundary plus a grace, and on
 * each close of a scan's interval rescans it. Live scans run only while NSE trades.
 * @example const live = createLiveScans({ store, cache, pool, bus, stream, builder, marketNow }); await live.start()
 */
export function createLiveScans(options: LiveScansOptions): LiveScans {
  const { marketNow, builder, stream } = options;
  const graceMs = options.graceMs ?? 2_000;
  const repository = createLiveScanRepository(options.store.client);
  const runners = new Map<string, { scan: LiveScan; runner: LiveScanRunner }>();
  let nextClose = Number.POSITIVE_INFINITY;
  let reconnects = 0;
  let timer: NodeJS.Timeout | null = null;
  let formingTimer: NodeJS.Timeout | null = null;
  const publishForming = formingPublisher(options.bus, builder);
  const closing = new Set<string>();
  const unsubscribe = stream.onTick((tick) => builder.ingest(tick));

  const view = (scan: LiveScan): LiveScanView => {
    const running = runners.get(scan.id);
    if (!running) return { ...scan, state: null };
    const keys = new Set(scan.symbols.map(instrumentKey));
    return {
      ...scan,
      state: { ...running.runner.state(), symbols: stream.status().symbols.filter((s) => keys.has(instrumentKey(s))) }
    };
  };

  async function run(scan: LiveScan): Promise<{ error: LiveScanFailure } | null> {
    const scanner = await options.store.scanners.get(scan.scannerId);
    if (!scanner) return { error: { status: 404, message: 'no scanner with this id', field: 'scannerId' } };
    const header = parseScannerHeader(scanner.source);
    if ('error' in header)
      return {
        error: {
          status: 400,
          message: `the scanner's header, line ${header.line}: ${header.error}`,
          field: 'scannerId'
        }
      };
    const runner = createLiveScanRunner({ ...options, repository }, scan, {
      source: scanner.source,
      lookback: header.data.lookback
    });
    runners.set(scan.id, { scan, runner });
    stream.acquire(scan.symbols);
    const now = marketNow();
    void runner.prepare();
    nextClose = Math.min(nextClose, now - (now % 60_000) + 60_000 + graceMs);
    return null;
  }

  async function stop(id: string, reason = 'stopped') {
    const running = runners.get(id);
    if (running) {
      running.runner.stop();
      runners.delete(id);
      stream.release(running.scan.symbols);
    }
    const scan = await repository.stop(id, reason, Date.now());
    return scan && view(scan);
  }

  function onMinute() {
    const now = marketNow();
    const totalReconnects = stream.status().connections.reduce((sum, c) => sum + c.reconnects, 0);
    if (totalReconnects > reconnects) {
      // Volume traded while disconnected is unknown to the ticks: history fills the gap.
      reconnects = totalReconnects;
      for (const { scan, runner } of runners.values()) {
        scan.symbols.forEach((s) => builder.forgetVolumeBase(instrumentKey(s)));
        runner.markGap();
      }
    }
    if (now >= nextClose) {
      const boundary = now - graceMs - ((now - graceMs) % 60_000);
      nextClose = boundary + 60_000 + graceMs;
      builder.closeDue(now);
      const minute = boundary - 60_000;
      if (isTrading(minute)) {
        for (const { scan, runner } of runners.values()) {
          const minutes = LIVE_INTERVAL_MINUTES[scan.interval];
          if (closesBar(minute, minutes)) runner.barClosed(bucketStart(minute, minutes)! / 1000);
        }
      }
    }
    // After the session's last bar has closed (and been rescanned), the calendar stops live scans.
    if (!isTrading(now - graceMs) && now >= nextClose - 60_000) {
      for (const [id, { runner }] of runners) {
        if (closing.has(id)) continue;
        closing.add(id);
        void runner
          .idle()
          .then(() => stop(id, 'market closed'))
          .finally(() => closing.delete(id));
      }
    }
  }

  return {
    repository,
    async start() {
      for (const scan of await repository.list()) {
        if (scan.status !== 'running') continue;
        if (!isTrading(marketNow())) await repository.stop(scan.id, 'market closed', Date.now());
        else {
          const failed = await run(scan);
          if (failed) await repository.stop(scan.id, failed.error.message, Date.now());
        }
      }
      timer ??= setInterval(onMinute, options.pollMs ?? 50);
      formingTimer ??= setInterval(
        () => publishForming([...runners.values()].map((r) => r.scan)),
        options.formingMs ?? 1_000
      );
    },
    async create(input) {
      if (!isTrading(marketNow()))
        return {
          error: { status: 409, message: 'NSE is closed now: live scans run during market hours (09:15–15:30 IST)' }
        };
      const scanner = await options.store.scanners.get(input.scannerId);
      if (!scanner) return { error: { status: 404, message: 'no scanner with this id', field: 'scannerId' } };
      const scan = await repository.create(input, Date.now());
      const failed = await run(scan);
      if (failed) {
        await repository.stop(scan.id, failed.error.message, Date.now());
        return failed;
      }
      return { data: view(scan) };
    },
    async list() {
      return (await repository.list()).map(view);
    },
    async get(id) {
      const scan = await repository.get(id);
      return scan && view(scan);
    },
    stop,
    chart(id, instrument) {
      const running = runners.get(id);
      const key = instrumentKey(instrument);
      if (!running || !running.scan.symbols.some((s) => instrumentKey(s) === key)) return null;
      return symbolChart(builder, key, LIVE_INTERVAL_MINUTES[running.scan.interval]);
    },
    status: () => ({ ...stream.status(), liveScans: runners.size }),
    health() {
      const { url, connections, symbols } = stream.status();
      const counts = { subscribed: 0, pending: 0, error: 0 };
      symbols.forEach((s) => counts[s.status]++);
      const demoClock = options.demoClock
        ? { ...options.demoClock, marketTime: new Date(marketNow()).toISOString() }
        : null;
      return { url, liveScans: runners.size, connections, symbols: counts, demoClock };
    },
    async idle() {
      await Promise.all([...runners.values()].map(({ runner }) => runner.idle()));
    },
    close() {
      if (timer) clearInterval(timer);
      if (formingTimer) clearInterval(formingTimer);
      timer = formingTimer = null;
      unsubscribe();
      runners.forEach(({ runner }) => runner.stop());
      runners.clear();
      stream.close();
    }
  };
}
