import { readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';

const BUILD = fileURLToPath(new URL('../../build/', import.meta.url));
const APP_DIR = `${BUILD}_app`;

/** Files and their sizes, raw and gzipped at level 9. */
export interface FileSizes {
  files: string[];
  rawBytes: number;
  gzipBytes: number;
}

export interface ShippedJsFigures {
  /** Every .js under build/_app, route chunks and the engine worker included. */
  allJs: FileSizes;
  /** The .js the page fetched opening /scan: the entry and the chunks of its routes. */
  scanRoute: FileSizes;
  wasm: FileSizes;
}

function filesUnder(directory: string): string[] {
  return readdirSync(directory).flatMap((entry) => {
    const path = `${directory}/${entry}`;
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** `paths` relative to build/, with their total size raw and gzipped. */
function sizesOf(paths: string[]): FileSizes {
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const path of paths) {
    const bytes = readFileSync(path);
    rawBytes += bytes.length;
    gzipBytes += gzipSync(bytes, { level: 9 }).length;
  }
  return { files: paths.map((path) => path.slice(BUILD.length)).sort(), rawBytes, gzipBytes };
}

/** The build's .js files the page requests while opening /scan, with no service worker to answer them. */
async function scanRouteScripts(browser: Browser, baseUrl: string): Promise<string[]> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const scripts = new Set<string>();
    page.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (pathname.startsWith('/_app/') && pathname.endsWith('.js')) scripts.add(`${BUILD}${pathname.slice(1)}`);
    });
    await page.goto(`${baseUrl}/scan`, { waitUntil: 'networkidle' });
    await page.getByTestId('run').waitFor();
    return [...scripts];
  } finally {
    await context.close();
  }
}

/**
 * The JavaScript and WebAssembly the built app ships, gzipped with node:zlib at level 9.
 * @example const { allJs, scanRoute, wasm } = await measureShippedJs(browser, server.url)
 */
export async function measureShippedJs(browser: Browser, baseUrl: string): Promise<ShippedJsFigures> {
  const files = filesUnder(APP_DIR);
  return {
    allJs: sizesOf(files.filter((path) => path.endsWith('.js'))),
    scanRoute: sizesOf(await scanRouteScripts(browser, baseUrl)),
    wasm: sizesOf(files.filter((path) => path.endsWith('.wasm')))
  };
}
