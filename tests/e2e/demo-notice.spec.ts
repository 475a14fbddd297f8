import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { ShellPage } from './pages/shell-page.js';

const RECORDED = readdirSync(join(import.meta.dirname, '../../server/data/nifty50-daily')).filter((file) =>
  file.endsWith('.csv')
).length;

test('the demo notice says how many recorded NSE series the simulator serves and that its indices are computed', async ({
  page
}) => {
  const shell = new ShellPage(page);
  await shell.open('/');
  await expect(shell.demoBanner).toContainText(
    `recorded NSE daily candles for ${RECORDED} stocks, synthetic series for the rest`
  );
  await expect(shell.demoBanner).toContainText(
    'the NIFTY and NIFTY 500 indices are computed from the recorded stocks, not recorded'
  );
  expect(RECORDED).toBe(50);
});
