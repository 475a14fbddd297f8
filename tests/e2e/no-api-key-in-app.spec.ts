import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { BUILD_CANARY_KEY } from '../../playwright.config.js';
import { ScanPage } from './pages/scan-page.js';

const BUILD_DIR = join(import.meta.dirname, '../..', process.env.FLUXSCAN_BUILD_DIR ?? 'build');

function builtFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? builtFiles(path) : [path];
  });
}

test('the built app carries no OpenAlgo API key, even one present in the build environment', () => {
  const files = builtFiles(BUILD_DIR);
  expect(files.length).toBeGreaterThan(5);
  const leaking = files.filter((file) => readFileSync(file).includes(BUILD_CANARY_KEY));
  expect(leaking).toEqual([]);
});

test('what the browser receives while scanning never holds an API key', async ({ page }) => {
  const bodies: string[] = [];
  page.on('response', async (response) => {
    if (response.url().includes('/api/')) bodies.push(await response.text().catch(() => ''));
  });
  const scan = new ScanPage(page);
  await scan.open();
  await scan.scan('nifty50');
  expect(bodies.length).toBeGreaterThan(0);
  for (const body of bodies) {
    expect(body).not.toMatch(/"apikey"\s*:/i);
    expect(body).not.toContain(BUILD_CANARY_KEY);
  }
});
