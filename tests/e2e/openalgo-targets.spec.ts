import { expect, test } from '@playwright/test';

test('sets up an OpenAlgo Chartink target, shows its webhook id masked, and dry-runs the exact body', async ({
  page
}, info) => {
  const name = `Shorts to OpenAlgo ${info.project.name}`;
  const webhookId = `e2e-${info.project.name}-0f3c9a2b7d11`;
  await page.goto('/schedules');
  const section = page.getByTestId('openalgo-targets');
  await expect(section.getByTestId('chartink-note')).toContainText('only for symbols mapped in that strategy');
  await section.getByTestId('target-name').fill(name);
  await section.getByTestId('target-host').fill('http://127.0.0.1:5000');
  await section.getByTestId('target-webhook-id').fill(webhookId);
  await section.getByTestId('target-action').selectOption('SHORT');
  await section.getByTestId('add-target').click();

  const target = section.getByTestId('openalgo-target').filter({ hasText: name });
  await expect(target).toContainText(`http://127.0.0.1:5000/chartink/webhook/••••${webhookId.slice(-4)}`);
  await target.getByTestId('target-dry-run').click();
  const body = JSON.parse((await target.getByTestId('dry-run-body').textContent()) ?? '{}') as Record<string, string>;
  expect(body).toMatchObject({ stocks: 'SBIN', scan_name: 'SHORT FluxScan test', alert_name: name });
  await expect(target).toContainText('Nothing was sent');
  expect(await page.content()).not.toContain(webhookId);
});
