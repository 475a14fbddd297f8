import { expect, test } from '@playwright/test';
import { openRoute, seedEveryRoute } from './pages/app-routes.js';

test.use({ viewport: { width: 360, height: 800 } });

test('no page is wider than a 360 px phone screen', async ({ page, request }) => {
  const routes = await seedEveryRoute(page, request);
  const overflowing: string[] = [];
  for (const route of routes) {
    await openRoute(page, route);
    const { scrollWidth, clientWidth, widest } = await page.evaluate(() => {
      const root = document.documentElement;
      // Names the element reaching furthest right, so a failure says what to fix.
      let widest = '';
      let right = root.clientWidth;
      for (const element of document.querySelectorAll('body *')) {
        const box = element.getBoundingClientRect();
        if (box.right > right + 0.5 && getComputedStyle(element).position !== 'fixed') {
          right = box.right;
          widest = `${element.tagName.toLowerCase()}${element.getAttribute('data-testid') ? `[data-testid=${element.getAttribute('data-testid')}]` : ''}.${[...element.classList].slice(0, 3).join('.')} → ${Math.round(box.right)} px`;
        }
      }
      return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, widest };
    });
    if (scrollWidth > clientWidth)
      overflowing.push(`${route.name} (${route.path}): ${scrollWidth} px, widest ${widest}`);
  }
  expect(overflowing).toEqual([]);
});
