import { Hono } from 'hono';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createTestApi, json } from '../api/test-app.js';
import { handleHttpError } from '../http/errors.js';
import { readAlertSettings } from './alert-settings.js';
import { createAlertRoutes } from './alert-routes.js';

let api: Awaited<ReturnType<typeof createTestApi>>;
let app: Hono;
beforeEach(async () => {
  api = await createTestApi();
  app = new Hono().route('/api/alerts', createAlertRoutes(api.store));
  app.onError(handleHttpError);
});
afterEach(() => api.close());

it('never returns the webhook secret, and keeps it when a later save leaves it out', async () => {
  const first = await app.request(
    '/api/alerts/settings',
    json('PUT', { webhook: { url: 'https://example.com/hook', secret: 'a-long-enough-secret' }, browser: true })
  );
  expect(await first.json()).toEqual({
    settings: {
      telegram: null,
      webhook: { url: 'https://example.com/hook', secretSet: true },
      browser: true,
      configuredChannels: ['webhook', 'browser']
    }
  });

  const second = await app.request(
    '/api/alerts/settings',
    json('PUT', { telegram: { username: 'trader' }, webhook: { url: 'https://example.com/other' }, browser: false })
  );
  expect(JSON.stringify(await second.json())).not.toContain('a-long-enough-secret');
  expect((await readAlertSettings(api.store.settings, {})).webhookSecret).toBe('a-long-enough-secret');

  await app.request('/api/alerts/settings', json('PUT', { webhook: null, browser: true }));
  expect((await readAlertSettings(api.store.settings, {})).webhook).toBeNull();
});
