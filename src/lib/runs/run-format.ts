/**
 * A duration for people: `850 ms`, `12.4 s`, `3 min 5 s`.
 * @example formatDuration(12_400) // '12.4 s'
 */
export function formatDuration(ms: number | null): string {
  if (ms === null || !Number.isFinite(ms)) return '—';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}

/** How long a run took: its recorded elapsed time, else start to finish. */
export const runDuration = (run: {
  stats: { elapsedMs: number } | null;
  startedAt: number;
  finishedAt: number | null;
}) => run.stats?.elapsedMs ?? (run.finishedAt === null ? null : run.finishedAt - run.startedAt);
