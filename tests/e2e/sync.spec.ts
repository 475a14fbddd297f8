import { expect, test } from '@playwright/test';
import { scannerSource, SyncDevice } from './pages/sync-device.js';
import { SyncServer } from './pages/sync-server.js';

// A server of this test's own, next to the run's webServer, so it can be restarted.
const server = new SyncServer(Number(process.env.E2E_PORT ?? 5197) + 100);
test.use({ baseURL: server.url });
test.afterAll(async () => server.dispose());

test('two devices converge through offline edits and server restarts without losing an edit', async ({ browser }) => {
  test.skip(test.info().project.name !== 'desktop', 'two devices on one server: the desktop project is enough');
  test.setTimeout(240_000);
  await server.start();
  const a = await SyncDevice.open(browser, server.url);
  const b = await SyncDevice.open(browser, server.url);

  // Online: each device creates records, and each sees the other's.
  await a.createScanner('EMA sync', 'Filter = last(close) > 0;');
  await a.createWatchlist('Sync banks', 'SBIN HDFCBANK AXISBANK');
  await b.createScanner('Momentum sync', 'Filter = last(close) > last(open);');
  await expect
    .poll(async () => (await server.scanners()).map((s) => s.name).sort(), { timeout: 30_000 })
    .toEqual(['EMA sync', 'Momentum sync']);
  await a.expectScannerNames((names) => expect(names).toEqual(['EMA sync', 'Momentum sync']));
  await b.expectScannerNames((names) => expect(names).toEqual(['EMA sync', 'Momentum sync']));
  const scannerId = (await server.scanners()).find((s) => s.name === 'EMA sync')!.id;
  const watchlistId = (await server.watchlists())[0].id;
  await b.expectSymbols(watchlistId, ['SBIN', 'HDFCBANK', 'AXISBANK']);

  // Offline, with the server down: both edit the same scanner's code and the same watchlist.
  await Promise.all([a.openScanner(scannerId), b.openScanner(scannerId), a.openWatchlist(watchlistId)]);
  await a.setOffline(true);
  await b.setOffline(true);
  await server.stop();
  await a.setScannerCode('EMA sync', 'Filter = last(close) > 100;');
  await b.setScannerCode('EMA sync', 'Filter = last(close) > 200;');
  await a.watchlists.paste('ICICIBANK');
  await b.removeSymbol('SBIN');
  await server.start();

  // Back online, A first: its code stays on the record; B's lands in a conflict copy.
  await a.setOffline(false);
  await expect
    .poll(async () => (await server.scanners()).find((s) => s.id === scannerId)?.source, { timeout: 30_000 })
    .toContain('last(close) > 100');
  await b.setOffline(false);
  await expect.poll(async () => (await server.scanners()).length, { timeout: 30_000 }).toBe(3);
  const merged = ['HDFCBANK', 'AXISBANK', 'ICICIBANK'];
  await expect
    .poll(async () => (await server.watchlists())[0].symbols.map((s) => s.symbol).sort(), { timeout: 30_000 })
    .toEqual([...merged].sort());

  const copy = /^EMA sync \(conflict from device [0-9a-f]{6}, \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC\)$/;
  for (const device of [a, b]) {
    await device.expectScannerNames((names) => {
      expect(names).toHaveLength(3);
      expect(names).toContain('EMA sync');
      expect(names.some((name) => copy.test(name))).toBe(true);
    });
    await device.expectSymbols(watchlistId, merged);
  }
  const copyId = (await server.scanners()).find((s) => copy.test(s.name))!.id;
  await a.openScanner(copyId);
  await expect(a.editor.code).toContainText('last(close) > 200');
  await b.openScanner(scannerId);
  await expect(b.editor.code).toContainText('last(close) > 100');

  // A deletion on one device shows on the other, also across another restart.
  await a.scanners.open();
  await a.scanners.delete('Momentum sync');
  await expect
    .poll(async () => (await server.scanners()).map((s) => s.name), { timeout: 30_000 })
    .not.toContain('Momentum sync');
  await server.restart();
  await b.expectScannerNames((names) => {
    expect(names).toHaveLength(2);
    expect(names).not.toContain('Momentum sync');
  });
  await b.expectSymbols(watchlistId, merged);
  expect((await server.scanners()).map((s) => s.name)).toHaveLength(2);

  await a.context.close();
  await b.context.close();
});

// The panel test has a server of its own, so it runs on both projects without touching the test above.
const panelServer = new SyncServer(Number(process.env.E2E_PORT ?? 5197) + 101);
test.afterAll(async () => panelServer.dispose());

/** Another device's code edit, pushed the way a browser pushes it. */
async function editElsewhere(id: string, body: string): Promise<void> {
  const post = async (payload: object) => {
    const response = await fetch(`${panelServer.url}/api/sync`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(payload)
    });
    expect(response.status).toBe(200);
    return (await response.json()) as { changes: Array<{ id: string; rev: number; source: string }> };
  };
  const record = (await post({ deviceId: 'panel-other-device', since: 0 })).changes.find((r) => r.id === id)!;
  const change = {
    type: 'scanner',
    id,
    changeId: `panel-edit-${Date.now()}`,
    baseRev: record.rev,
    fields: { source: scannerSource('Panel EMA', body) },
    base: { source: record.source }
  };
  await post({ deviceId: 'panel-other-device', since: 0, changes: [change] });
}

test('the sync panel shows the last sync, pending changes and each conflict with a link to its copy, and resyncs from the server', async ({
  browser
}) => {
  test.setTimeout(180_000);
  await panelServer.start();
  const device = await SyncDevice.open(browser, panelServer.url, test.info().project.use.viewport);
  const page = device.scannerPage;

  await device.createScanner('Panel EMA', 'Filter = last(close) > 0;');
  await expect
    .poll(async () => (await panelServer.scanners()).map((s) => s.name), { timeout: 30_000 })
    .toEqual(['Panel EMA']);
  const id = (await panelServer.scanners())[0].id;

  // Offline, this device edits the code another device has just changed on the server.
  await device.openScanner(id);
  await device.setOffline(true);
  await editElsewhere(id, 'Filter = last(close) > 1;');
  await device.setScannerCode('Panel EMA', 'Filter = last(close) > 2;');
  await device.setOffline(false);
  await expect.poll(async () => (await panelServer.scanners()).length, { timeout: 30_000 }).toBe(2);

  const badge = page.getByTestId('sync-status');
  await expect(badge).toHaveText('Synced', { timeout: 30_000 });
  await badge.click();
  const panel = page.getByTestId('sync-panel');
  await expect(panel).toBeVisible();
  await expect(panel.getByTestId('sync-panel-state')).toHaveText('Up to date');
  await expect(panel.getByTestId('sync-panel-pending')).toHaveText('0');
  await expect(panel.getByTestId('sync-panel-last')).not.toHaveText('Not yet');
  const conflict = panel.getByTestId('sync-conflict');
  await expect(conflict).toHaveCount(1);
  await expect(conflict).toContainText("Both devices changed a scanner's code");

  // Usable at the phone's width: the panel fits and the page does not scroll sideways.
  const box = await panel.locator('.modal-box').boundingBox();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(page.viewportSize()!.width);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

  const copyId = (await panelServer.scanners()).find((s) => s.id !== id)!.id;
  await conflict.getByTestId('sync-conflict-copy').click();
  await expect(page).toHaveURL(new RegExp(`/scanners/${copyId}$`));
  await expect(device.editor.code).toContainText('last(close) > 2');

  // "Resync from server" pulls everything again and ends up synced with nothing pending.
  await badge.click();
  const last = panel.getByTestId('sync-panel-last');
  const before = await last.getAttribute('data-at');
  await panel.getByTestId('sync-panel-resync').click();
  await expect(last).not.toHaveAttribute('data-at', before!, { timeout: 30_000 });
  await expect(panel.getByTestId('sync-panel-state')).toHaveText('Up to date');
  await expect(panel.getByTestId('sync-panel-pending')).toHaveText('0');
  await device.expectScannerNames((names) => expect(names).toHaveLength(2));

  await device.context.close();
});
