/** How long after its time a missed run still runs: 15 minutes, or less when the next run is sooner. */
export const MISSED_RUN_GRACE_MS = 15 * 60_000;

/** The policy in words, for the API and the UI. */
export const MISSED_RUN_POLICY =
  'A run missed while the server was down (or asleep) runs once, as soon as the server is back, if it is late by less than ' +
  '15 minutes and its next regular time has not come; several missed runs of one schedule collapse into that one run. ' +
  'A run missed by more is skipped, and the schedule continues from its next time. ' +
  'A run is also skipped when the previous run of the same schedule is still going. ' +
  'A new or edited schedule counts its first time from when it was saved. Every skip is logged and shown on the schedule as its last skip.';

/**
 * Whether a run due at `dueAt` still runs at `now`: late by less than the grace period, which is
 * 15 minutes or the gap to the following run (`followingAt`), whichever is smaller.
 * @example isWithinGrace({ dueAt: t, followingAt: t + 5 * 60_000, now: t + 6 * 60_000 }) // false
 */
export function isWithinGrace({
  dueAt,
  followingAt,
  now,
  graceMs = MISSED_RUN_GRACE_MS
}: {
  dueAt: number;
  followingAt: number | null;
  now: number;
  graceMs?: number;
}): boolean {
  const grace = followingAt === null ? graceMs : Math.min(graceMs, followingAt - dueAt);
  return now - dueAt < grace;
}
