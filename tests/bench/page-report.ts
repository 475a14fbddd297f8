import type { BrowserContext, Page } from '@playwright/test';
import type { z } from 'zod';

/** Where a bench page publishes its report. */
export type ReportGlobal = '__fluxscanBench' | '__fluxscanCacheBench' | '__fluxscanSeed' | '__fluxscanBacktestBench';
type PageReport = { status: 'running'; phase: string } | { status: 'failed'; message: string } | { status: 'done' };

export const asError = (error: unknown): Error => (error instanceof Error ? error : new Error(String(error)));

/**
 * Opens `url` in `page` and waits for the report the page publishes on `window[global]`.
 * @example const seeded = await readPageReport(page, `${url}/bench/seed`, '__fluxscanSeed', seedReportSchema, 60_000)
 */
export async function readPageReport<T extends PageReport>(
  page: Page,
  url: string,
  global: ReportGlobal,
  schema: z.ZodType<T>,
  timeoutMs: number
): Promise<Extract<T, { status: 'done' }>> {
  const pageErrors: string[] = [];
  const keepError = (error: Error) => pageErrors.push(error.message);
  page.on('pageerror', keepError);
  try {
    await page.goto(url);
    const settled = await page
      .waitForFunction((name) => (window[name]?.status ?? 'running') !== 'running' && window[name], global, {
        timeout: timeoutMs
      })
      .catch(async () => {
        const last = await page.evaluate((name) => window[name], global).catch(() => undefined);
        const doing = last?.status === 'running' ? ` (still ${last.phase})` : '';
        throw new Error(
          `${url} gave no result within ${timeoutMs / 1000} s${doing}${pageErrors.length ? `; page errors: ${pageErrors.join('; ')}` : ''}`
        );
      });
    const report: PageReport = schema.parse(await settled.jsonValue());
    if (report.status === 'failed') throw new Error(report.message);
    if (report.status !== 'done') throw new Error(`${url} did not finish`);
    return report as Extract<T, { status: 'done' }>;
  } finally {
    page.off('pageerror', keepError);
  }
}

/**
 * Lets functions from this code run in the context's pages: tsx keeps function names by wrapping
 * named inner functions in `__name(...)`, a helper that exists only in Node.
 * @example await allowNodeFunctionsInPages(context); await page.evaluate(() => { const twice = (n: number) => n * 2; … })
 */
export async function allowNodeFunctionsInPages(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: 'globalThis.__name = (target) => target;' });
}
