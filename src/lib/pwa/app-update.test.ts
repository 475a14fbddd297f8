import { afterEach, describe, expect, it } from 'vitest';
import { AppUpdate } from './app-update.svelte';
import { scanActivity } from './scan-activity.svelte';

/** A service worker registration that records applied updates and lets the test announce a new version. */
function fakeServiceWorker() {
  const fake = { applied: 0, announce: () => {} };
  const register = (onUpdateReady: () => void) => {
    fake.announce = onUpdateReady;
    return { applyUpdate: () => void fake.applied++ };
  };
  return { fake, register };
}

afterEach(() => scanActivity.track(false, null));

describe('AppUpdate', () => {
  it('applies nothing until a new version waits', () => {
    const { fake, register } = fakeServiceWorker();
    const update = new AppUpdate(register);
    update.start();
    expect(update.apply()).toBe(false);
    fake.announce();
    expect(update.ready).toBe(true);
    expect(update.apply()).toBe(true);
    expect(fake.applied).toBe(1);
  });

  it('holds the update back while a scan runs, and applies it once the scan has ended', () => {
    const { fake, register } = fakeServiceWorker();
    const update = new AppUpdate(register);
    update.start();
    fake.announce();
    scanActivity.track(true, null, 'EMA cross · NIFTY 50');
    expect(update.blocked).toBe(true);
    expect(update.apply()).toBe(false);
    expect(fake.applied).toBe(0);
    scanActivity.track(false, null);
    expect(update.apply()).toBe(true);
    expect(fake.applied).toBe(1);
  });
});
