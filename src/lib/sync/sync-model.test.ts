import { describe, expect, it } from 'vitest';
import { runSchedules } from '../../../tests/sync/model-run';

// A small budget here; `npm run test:sync-soak` runs thousands (SYNC_MODEL_SCHEDULES, SYNC_MODEL_SEED, SYNC_MODEL_STEPS).
const schedules = Number(process.env.SYNC_MODEL_SCHEDULES ?? 12);
const seed = Number(process.env.SYNC_MODEL_SEED ?? 1);
const steps = Number(process.env.SYNC_MODEL_STEPS ?? 30);
// Weight of a SIGKILL step among ~100 (each starts a server process, so it costs the most).
const killWeight = Number(process.env.SYNC_MODEL_KILL_WEIGHT ?? 1);

describe('sync model', () => {
  it(
    'random multi-device schedules over the real sync code and server, SIGKILLed mid-request, lose no acknowledged edit and converge',
    async () => {
      const totals = await runSchedules(seed, schedules, steps, killWeight);
      console.info(
        `sync model: ${totals.schedules} schedules, ${totals.steps} steps, ${totals.kills} server SIGKILLs from seed ${seed}, ${totals.violations.length} violations`
      );
      expect(totals.violations).toEqual([]);
      expect(totals.schedules).toBe(schedules);
      if (killWeight > 0 && schedules >= 12) expect(totals.kills).toBeGreaterThan(0);
    },
    Math.max(60_000, schedules * 10_000)
  );
});
