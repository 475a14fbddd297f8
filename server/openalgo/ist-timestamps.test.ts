import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const FIXTURE = fileURLToPath(new URL('./ist-timestamps.fixture.ts', import.meta.url));
const seconds = (isoWithOffset: string) => Date.parse(isoWithOffset) / 1000;

/** Runs the fixture in a fresh Node process whose time zone is `timeZone`. */
async function readUnder(timeZone: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, TZ: timeZone };
  delete env.NODE_OPTIONS;
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', FIXTURE], { env });
  return JSON.parse(stdout) as {
    offsetMinutes: number;
    naive: { fiveMinute: number[]; daily: number[] };
    epoch: { fiveMinute: number[]; daily: number[] };
    parsed: number[];
  };
}

describe("OpenAlgo timestamps without an offset are IST, whatever the server's time zone", () => {
  it.each([
    ['UTC', 0],
    ['America/New_York', 300],
    ['Asia/Kolkata', -330]
  ])('TZ=%s', async (timeZone, offsetMinutes) => {
    const run = await readUnder(timeZone);
    expect(run.offsetMinutes).toBe(offsetMinutes); // the child really ran in that zone
    // 20 Nov 2026 is a Friday, 23 Nov a Monday: two sessions of 75 five-minute bars.
    expect(run.naive.fiveMinute[0]).toBe(seconds('2026-11-20T09:15:00+05:30'));
    expect(run.naive.fiveMinute).toHaveLength(150);
    expect(run.naive.fiveMinute).toEqual(run.epoch.fiveMinute);
    expect(run.naive.daily).toEqual([seconds('2026-11-20T00:00:00+05:30'), seconds('2026-11-23T00:00:00+05:30')]);
    expect(run.naive.daily).toEqual(run.epoch.daily);
    expect(run.parsed).toEqual([
      seconds('2025-04-01T09:15:00+05:30'),
      seconds('2025-04-01T09:15:00+05:30'),
      seconds('2025-04-01T00:00:00+05:30')
    ]);
  });
});
