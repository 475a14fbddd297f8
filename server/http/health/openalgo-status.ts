import type { OpenAlgoClient } from '../../openalgo/index.js';

export interface OpenAlgoStatusSnapshot {
  reachable: boolean;
  error: string | null;
  /** When OpenAlgo last answered or failed to (epoch ms); null before the first check ends. */
  checkedAt: number | null;
}

export interface OpenAlgoStatus {
  /**
   * The last known status, at once. With `mayCheck` a stale status starts a check in the
   * background, and a check under way is waited for a moment (so a quick OpenAlgo shows fresh).
   */
  read(options: { mayCheck: boolean }): Promise<OpenAlgoStatusSnapshot>;
  /** Pings OpenAlgo now (one ping at a time) and resolves once the status is updated. */
  refresh(): Promise<void>;
}

export interface OpenAlgoStatusOptions {
  client: Pick<OpenAlgoClient, 'ping'>;
  /** How old a status may be before a reader that may check starts a new ping. */
  maxAgeMs?: number;
  /** How long a reader waits for a ping under way before answering with what is known. */
  waitMs?: number;
  now?: () => number;
}

/**
 * OpenAlgo's reachability, cached for the health probe: a hanging OpenAlgo never holds a health
 * answer for longer than `waitMs`, and only readers allowed to (logged in) ever cause a ping.
 * @example const status = createOpenAlgoStatus({ client }); void status.refresh(); await status.read({ mayCheck: false })
 */
export function createOpenAlgoStatus({
  client,
  maxAgeMs = 30_000,
  waitMs = 50,
  now = Date.now
}: OpenAlgoStatusOptions): OpenAlgoStatus {
  let snapshot: OpenAlgoStatusSnapshot = {
    reachable: false,
    error: 'OpenAlgo has not been checked yet',
    checkedAt: null
  };
  let checking: Promise<void> | null = null;

  const refresh = () =>
    (checking ??= client
      .ping({ caller: 'health' })
      .then((result) => {
        snapshot =
          'data' in result
            ? { reachable: true, error: null, checkedAt: now() }
            : { reachable: false, error: result.error.message, checkedAt: now() };
      })
      .finally(() => {
        checking = null;
      }));

  const briefly = (work: Promise<void>) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const elapsed = new Promise<void>((resolve) => (timer = setTimeout(resolve, waitMs)));
    return Promise.race([work, elapsed]).finally(() => clearTimeout(timer));
  };

  return {
    async read({ mayCheck }) {
      if (!mayCheck) return snapshot;
      if (snapshot.checkedAt === null || now() - snapshot.checkedAt >= maxAgeMs) void refresh();
      if (checking) await briefly(checking);
      return snapshot;
    },
    refresh
  };
}
