import { expect, type Locator, type Page } from '@playwright/test';

export type Section = 'Dashboard' | 'Scan' | 'Scanners' | 'Watchlists' | 'Runs' | 'Settings';

export const SECTION_PATHS: Record<Section, string> = {
  Dashboard: '/',
  Scan: '/scan',
  Scanners: '/scanners',
  Watchlists: '/watchlists',
  Runs: '/runs',
  Settings: '/settings'
};

/** The app shell: navigation (sidebar on desktop, drawer on phones), banners, status, and the dashboard. */
export class ShellPage {
  readonly skipLink: Locator;
  readonly main: Locator;
  readonly navToggle: Locator;
  readonly drawer: Locator;
  readonly sidebar: Locator;
  readonly demoBanner: Locator;
  readonly networkStatus: Locator;
  readonly heading: Locator;

  constructor(private readonly page: Page) {
    this.skipLink = page.getByTestId('skip-link');
    this.main = page.locator('main#main');
    this.navToggle = page.getByTestId('nav-toggle');
    this.drawer = page.getByTestId('nav-drawer');
    this.sidebar = page.getByTestId('sidebar');
    this.demoBanner = page.getByTestId('demo-banner');
    this.networkStatus = page.getByTestId('network-status');
    this.heading = page.locator('main h1').first();
  }

  async open(path = '/'): Promise<void> {
    await this.page.goto(path);
    await expect(this.main).toBeVisible();
  }

  /** Phones get a menu button and a drawer; wider screens a sidebar. */
  async usesDrawer(): Promise<boolean> {
    return this.navToggle.isVisible();
  }

  /** The navigation currently on screen. */
  async visibleNav(): Promise<Locator> {
    return (await this.usesDrawer()) ? this.drawer.getByRole('navigation') : this.sidebar.getByRole('navigation');
  }

  /** Goes to a section with the mouse (through the drawer on phones) and waits for its URL. */
  async navigateTo(section: Section): Promise<void> {
    if (await this.usesDrawer()) {
      await this.navToggle.click();
      await expect(this.drawer).toBeVisible();
    }
    await (await this.visibleNav()).getByRole('link', { name: section, exact: true }).click();
    await this.expectAt(section);
  }

  /** Goes to a section with Tab and Enter only (through the drawer on phones). */
  async navigateByKeyboard(section: Section): Promise<void> {
    if (await this.usesDrawer()) {
      await this.tabUntil(this.navToggle);
      await this.expectFocusVisible(this.navToggle);
      await this.page.keyboard.press('Enter');
      await expect(this.drawer).toBeVisible();
    }
    const link = (await this.visibleNav()).getByRole('link', { name: section, exact: true });
    await this.tabUntil(link);
    await this.expectFocusVisible(link);
    await this.page.keyboard.press('Enter');
    await this.expectAt(section);
  }

  /** The URL is the section's and the navigation marks it as the current page. */
  async expectAt(section: Section): Promise<void> {
    await expect(this.page).toHaveURL((url) => url.pathname === SECTION_PATHS[section]);
    const drawer = await this.usesDrawer();
    if (drawer) await expect(this.drawer).toBeHidden();
    const link = (drawer ? this.drawer : this.sidebar).locator(`nav a[href="${SECTION_PATHS[section]}"]`);
    await expect(link).toHaveAttribute('aria-current', 'page');
  }

  /** Keyboard focus shows: a solid outline at least 2 px wide. */
  async expectFocusVisible(target: Locator): Promise<void> {
    const outline = await target.evaluate((element) => {
      const style = getComputedStyle(element);
      return { style: style.outlineStyle, width: Number.parseFloat(style.outlineWidth) };
    });
    expect(outline.style).toBe('solid');
    expect(outline.width).toBeGreaterThanOrEqual(2);
  }

  /** Presses Tab until `target` has focus (at most 30 times). */
  async tabUntil(target: Locator): Promise<void> {
    for (let i = 0; i < 30; i++) {
      await this.page.keyboard.press('Tab');
      if (await target.evaluate((element) => element === document.activeElement)) return;
    }
    throw new Error(`Tab never reached ${target}`);
  }

  /** A dashboard count, or null while it loads or when it could not be read. */
  async dashboardCount(name: 'scanners' | 'watchlists' | 'runs-today' | 'signals-today'): Promise<number | null> {
    const value = await this.page
      .getByTestId(`count-${name}`)
      .locator('[data-value]')
      .getAttribute('data-value', { timeout: 10_000 })
      .catch(() => null);
    return value === null ? null : Number(value);
  }
}
