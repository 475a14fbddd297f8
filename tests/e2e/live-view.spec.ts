import { expect, test, type APIRequestContext, type Page } from '@playwright/test';

// Every symbol's close is above zero: each one enters on the first closed bar.
const MATCH_ALL = `/**
 * @interval 1m
 * @lookback 5
 */
Filter = last(close) > 0;
AddColumn('Close', last(close));
`;
/** Symbols enter and leave as bars close up or down: entries keep coming, whenever the page starts listening. */
const UP_BAR = `/**
 * @interval 1m
 * @lookback 5
 */
Filter = last(close) > last(open);
`;
const KNOWN = ['RELIANCE', 'TCS', 'SBIN', 'ITC', 'INFY', 'HDFCBANK', 'ICICIBANK', 'LT'];
/** Not in the simulator's symbol master: its subscription is refused, and the view must say so. */
const UNKNOWN = 'NOSUCHSYMBOL';

async function startLiveScan(
  request: APIRequestContext,
  name: string,
  source: string,
  symbols: string[]
): Promise<string> {
  const scanner = await request.post('/api/scanners', { data: { name, source } });
  expect(scanner.status(), await scanner.text()).toBe(201);
  const scannerId = ((await scanner.json()) as { scanner: { id: string } }).scanner.id;
  const live = await request.post('/api/live-scans', {
    data: { scannerId, symbols: symbols.map((symbol) => ({ symbol, exchange: 'NSE' })), interval: '1m' }
  });
  expect(live.status(), await live.text()).toBe(201);
  return ((await live.json()) as { id: string }).id;
}

async function expectFitsWidth(page: Page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(page.viewportSize()!.width);
}

test('entries raise a browser notification and each symbol shows its feed, a refused one flagged', async ({
  page,
  context,
  request
}, info) => {
  test.setTimeout(240_000);
  const name = `Live notify ${info.project.name} ${info.workerIndex}-${info.retry}`;
  expect((await request.put('/api/alerts/settings', { data: { browser: true } })).ok()).toBe(true);
  await context.grantPermissions(['notifications']);
  await page.addInitScript(() => {
    const shown: Array<{ title: string; body: string }> = [];
    (window as unknown as { shownNotifications: typeof shown }).shownNotifications = shown;
    const Original = window.Notification;
    window.Notification = class extends Original {
      constructor(title: string, options?: NotificationOptions) {
        super(title, options);
        shown.push({ title, body: options?.body ?? '' });
      }
    } as typeof Notification;
  });
  const id = await startLiveScan(request, name, UP_BAR, [...KNOWN, UNKNOWN]);
  try {
    await page.goto(`/live/${id}`);
    await expect(page.getByTestId('live-status')).toHaveText('live', { timeout: 30_000 });

    // A bar close with entries raises a notification naming the scanner, how many entered and which.
    await expect(page.getByTestId('live-last-bar')).toContainText('IST', { timeout: 60_000 });
    const shown = () =>
      page.evaluate(
        () => (window as unknown as { shownNotifications: Array<{ title: string; body: string }> }).shownNotifications
      );
    await expect.poll(async () => (await shown()).length, { timeout: 90_000 }).toBeGreaterThan(0);
    const [notification] = await shown();
    const [, count] = notification.title.match(new RegExp(`^${name}: (\\d+) entered$`)) ?? [];
    const entered = notification.body.split(', ');
    expect(entered.length).toBe(Number(count));
    for (const symbol of entered) expect(KNOWN.map((s) => `NSE:${s}`)).toContain(symbol);

    // Per-symbol feeds: the known ones are live with a last tick in IST, the unknown one refused and flagged.
    const feeds = page.getByTestId('live-feeds');
    await expect(feeds.locator('summary')).toHaveText(
      `Feeds: ${KNOWN.length} of ${KNOWN.length + 1} live, 1 stale or refused`,
      { timeout: 30_000 }
    );
    await feeds.locator('summary').click();
    const refused = feeds.locator('li', { hasText: UNKNOWN });
    await expect(refused).toHaveText(`${UNKNOWN} · error`);
    await expect(refused).toHaveClass(/text-warning/);
    await expect(refused).toHaveAttribute('title', /not found/i);
    for (const symbol of KNOWN) {
      const item = feeds.locator('li', { hasText: symbol });
      await expect(item).toHaveText(new RegExp(`^${symbol} · \\d{2}:\\d{2}`));
      await expect(item).not.toHaveClass(/text-warning/);
    }
    await expectFitsWidth(page);
  } finally {
    await request.delete(`/api/live-scans/${id}`);
  }
});

test("the symbol's chart follows the bar forming now and keeps the closed bars", async ({ page, request }, info) => {
  const id = await startLiveScan(
    request,
    `Live chart ${info.project.name} ${info.workerIndex}-${info.retry}`,
    MATCH_ALL,
    KNOWN
  );
  try {
    await page.goto(`/live/${id}`);
    const chart = page.getByTestId('live-chart');
    await chart.getByTestId('live-chart-symbol').selectOption({ label: 'SBIN' });

    // Forming-bar updates arrive between closes; the chart redraws its last bar with each.
    await expect(chart).not.toHaveAttribute('data-forming', '', { timeout: 60_000 });
    const first = await chart.getAttribute('data-forming');
    await expect(chart).not.toHaveAttribute('data-forming', first ?? '', { timeout: 60_000 });
    await expect(chart.getByTestId('symbol-chart')).toBeVisible();
    const [, , close] = (await chart.getAttribute('data-forming'))!.split(':');
    await expect(chart.getByTestId('chart-legend').getByTestId('legend-close')).not.toHaveText('');
    expect(Number(close)).toBeGreaterThan(0);

    // The server's chart of the same symbol agrees: its forming bar is the one shown or newer.
    const answer = (await (await request.get(`/api/live-scans/${id}/chart?symbol=SBIN&exchange=NSE`)).json()) as {
      forming: { time: number } | null;
      candles: { time: number[] };
    };
    const shownTime = Number((await chart.getAttribute('data-forming'))!.split(':')[0]);
    expect(Math.max(answer.forming?.time ?? 0, answer.candles.time.at(-1) ?? 0)).toBeGreaterThanOrEqual(shownTime);

    // A row's symbol opens its chart.
    await page
      .locator('[data-testid="live-row"][data-symbol="TCS"]')
      .getByTestId('live-row-chart')
      .click({ timeout: 60_000 });
    await expect(chart.getByTestId('live-chart-symbol')).toHaveValue('NSE:TCS');
    await expect(chart.getByTestId('symbol-chart')).toHaveAttribute('aria-label', 'TCS at 1m, live');
    await expectFitsWidth(page);
  } finally {
    await request.delete(`/api/live-scans/${id}`);
  }
});
