import { statSync } from 'node:fs';
import type { Client } from '@libsql/client';

/** India has no daylight saving: its day starts at 18:30 UTC the evening before. */
const IST_OFFSET_MS = 330 * 60_000;
const DAY_MS = 86_400_000;

/** Epoch ms of the start of the Asia/Kolkata day holding `now`. @example startOfKolkataDay(Date.parse('2025-01-02T20:00Z')) // 2025-01-02T18:30Z */
export function startOfKolkataDay(now: number): number {
  return Math.floor((now + IST_OFFSET_MS) / DAY_MS) * DAY_MS - IST_OFFSET_MS;
}

export interface StoreStats {
  counts: { scanners: number; watchlists: number; schedules: number; enabledSchedules: number; runs: number };
  /** Runs started and signals (results with a signal) found since midnight Asia/Kolkata. */
  today: { runs: number; signals: number; since: number };
  running: number;
  /** The database file plus its WAL, bytes. */
  dbSizeBytes: number;
}

const fileSize = (path: string) => {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
};

/** Dashboard figures in one read transaction. */
export async function readStats(client: Client, path: string, now = Date.now()): Promise<StoreStats> {
  const since = startOfKolkataDay(now);
  const [counts, today] = await client.batch(
    [
      `SELECT (SELECT count(*) FROM scanners WHERE deleted = 0) AS scanners,
              (SELECT count(*) FROM watchlists WHERE deleted = 0) AS watchlists,
              (SELECT count(*) FROM schedules) AS schedules,
              (SELECT count(*) FROM schedules WHERE enabled = 1) AS enabled_schedules,
              (SELECT count(*) FROM runs) AS runs,
              (SELECT count(*) FROM runs WHERE status = 'running') AS running`,
      {
        sql: `SELECT (SELECT count(*) FROM runs WHERE started_at >= ?1) AS runs,
                     (SELECT count(*) FROM run_results WHERE signal <> '' AND run_id IN (SELECT id FROM runs WHERE started_at >= ?1)) AS signals`,
        args: [since]
      }
    ],
    'read'
  );
  const c = counts.rows[0];
  const t = today.rows[0];
  return {
    counts: {
      scanners: Number(c.scanners),
      watchlists: Number(c.watchlists),
      schedules: Number(c.schedules),
      enabledSchedules: Number(c.enabled_schedules),
      runs: Number(c.runs)
    },
    today: { runs: Number(t.runs), signals: Number(t.signals), since },
    running: Number(c.running),
    dbSizeBytes: fileSize(path) + fileSize(`${path}-wal`)
  };
}
