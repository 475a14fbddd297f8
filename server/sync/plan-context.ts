import type { InStatement } from '@libsql/client';
import type { SyncSnapshot } from './sync-rows.js';
import type { EffectiveBase } from './device-records.js';
import type { SyncConflict, SyncRefusal } from './sync-schemas.js';

/** What planning a push builds up: the writes, in order, and what differed from the request. */
export interface SyncPlan {
  snapshot: SyncSnapshot;
  statements: InStatement[];
  conflicts: SyncConflict[];
  /** Shown in a conflict copy's name: "(conflict from device 3f9a2c, …)". */
  deviceLabel: string;
  now: number;
  newId(): string;
}

/** Thrown while planning one change: the change is refused, the rest of the push goes on. */
export class ChangeRefused extends Error {
  constructor(
    readonly reason: SyncRefusal['reason'],
    message: string
  ) {
    super(message);
  }
}

/** What a planner judges a change against: the base the device had, counting its own unanswered writes. */
export type PlanBase = EffectiveBase;

/** A rev newer than any base: marks a record already written in this plan. */
export const WRITTEN_IN_THIS_PUSH = Number.MAX_SAFE_INTEGER;

const MAX_NAME = 120;

/**
 * `name`, or the first of "name (2)", "name (3)", … no other live record of the type holds
 * (case-insensitive, as the unique index compares).
 * @example claimName(plan.snapshot.scanners, 'EMA', 'id-1') // 'EMA (2)' when another scanner is named 'ema'
 */
export function claimName(
  records: Map<string, { id: string; name: string; deleted: boolean }>,
  name: string,
  ownId: string
): string {
  const taken = new Set(
    [...records.values()].filter((r) => !r.deleted && r.id !== ownId).map((r) => r.name.toLowerCase())
  );
  if (!taken.has(name.toLowerCase())) return name;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = name.slice(0, MAX_NAME - suffix.length) + suffix;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

/**
 * The name of a conflict copy, kept within the name limit.
 * @example conflictName('EMA', 'device 3f9a2c', Date.UTC(2025, 0, 2, 9, 30)) // 'EMA (conflict from device 3f9a2c, 2025-01-02 09:30 UTC)'
 */
export function conflictName(name: string, deviceLabel: string, at: number): string {
  const suffix = ` (conflict from ${deviceLabel}, ${new Date(at).toISOString().slice(0, 16).replace('T', ' ')} UTC)`;
  return name.slice(0, MAX_NAME - suffix.length).trimEnd() + suffix;
}
