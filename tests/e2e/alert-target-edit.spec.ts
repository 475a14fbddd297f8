import { expect, test } from '@playwright/test';

test('edits an OpenAlgo target: its webhook id is never shown in full, kept when left blank, replaced when typed', async ({
  page,
  request
}, info) => {
  const name = `Edit me ${info.project.name} ${info.workerIndex}-${info.retry}`;
  const secret = `edit-${info.project.name}-5d1e0c7a9b33`;
  const replacement = `edit-${info.project.name}-88f0aa41c2e7`;
  const created = await request.post('/api/alerts/openalgo-targets', {
    data: {
      kind: 'strategy',
      name,
      host: 'http://127.0.0.1:5000',
      webhookId: secret,
      action: 'BUY',
      positionSize: 2,
      dailyCap: 20,
      fireOn: 'matches'
    }
  });
  expect(created.status(), await created.text()).toBe(201);
  const id = ((await created.json()) as { target: { id: string } }).target.id;
  try {
    await page.goto('/schedules');
    const section = page.getByTestId('openalgo-targets');
    await section.getByTestId('openalgo-target').filter({ hasText: name }).getByTestId('target-edit').click();
    await expect(section.getByTestId('target-editing')).toHaveText(`Editing "${name}"`);
    await expect(section.getByTestId('target-name')).toHaveValue(name);
    await expect(section.getByTestId('target-webhook-id')).toHaveValue('');
    await expect(section.getByTestId('target-webhook-id')).toHaveAttribute(
      'placeholder',
      `••••${secret.slice(-4)} (leave blank to keep)`
    );

    // Renamed, another action and cap, webhook id left blank: the stored one stays.
    await section.getByTestId('target-name').fill(`${name} renamed`);
    await section.getByTestId('target-action').selectOption('SELL');
    await section.getByTestId('add-target').click();
    await expect(section.getByTestId('target-editing')).toHaveCount(0);
    const renamed = section.getByTestId('openalgo-target').filter({ hasText: `${name} renamed` });
    await expect(renamed).toContainText(`SELL`);
    await expect(renamed).toContainText(`http://127.0.0.1:5000/strategy/webhook/••••${secret.slice(-4)}`);
    const kept = (
      (await (await request.get('/api/alerts/openalgo-targets')).json()) as {
        targets: Array<{ id: string; webhookId: string; fireOn: string; positionSize: number }>;
      }
    ).targets.find((t) => t.id === id);
    expect(kept).toMatchObject({ webhookId: `••••${secret.slice(-4)}`, fireOn: 'matches', positionSize: 2 });
    await renamed.getByTestId('target-dry-run').click();
    await expect(renamed.getByTestId('dry-run-body')).toContainText('"action":"SELL"');

    // A new webhook id typed in replaces the stored one.
    await renamed.getByTestId('target-edit').click();
    await section.getByTestId('target-webhook-id').fill(replacement);
    await section.getByTestId('add-target').click();
    await expect(section.getByTestId('openalgo-target').filter({ hasText: `${name} renamed` })).toContainText(
      `••••${replacement.slice(-4)}`
    );

    const html = await page.content();
    expect(html).not.toContain(secret);
    expect(html).not.toContain(replacement);
  } finally {
    await request.delete(`/api/alerts/openalgo-targets/${id}`);
  }
});
