import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { securityHeaders } from './security-headers.js';
import { currentInlineScriptHashes, mountSpa } from './spa-static.js';

let buildDir: string;
beforeEach(() => {
  buildDir = mkdtempSync(join(tmpdir(), 'fluxscan-spa-'));
});
afterEach(() => rmSync(buildDir, { recursive: true, force: true }));

const page = (bootstrap: string) => `<!doctype html><script>${bootstrap}</script><div id="app"></div>`;
const hashOf = (script: string) => `'sha256-${createHash('sha256').update(script).digest('base64')}'`;

/** Writes index.html as a build does; the explicit mtime keeps two quick writes apart on coarse file systems. */
function build(bootstrap: string, mtimeSeconds: number): void {
  const index = join(buildDir, 'index.html');
  writeFileSync(index, page(bootstrap));
  utimesSync(index, mtimeSeconds, mtimeSeconds);
}

function spaApp(): Hono {
  const app = new Hono();
  app.use('*', securityHeaders(currentInlineScriptHashes(buildDir)));
  mountSpa(app, buildDir);
  return app;
}

/** The inline script a page carries and the script hashes its CSP allows. */
async function load(app: Hono, path: string) {
  const response = await app.request(path);
  const html = await response.text();
  const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1];
  const allowed =
    /script-src ([^;]*)/.exec(response.headers.get('Content-Security-Policy') ?? '')?.[1].split(' ') ?? [];
  return { status: response.status, script, allowed };
}

describe('the CSP of the served app', () => {
  it('follows a rebuild under the running server, so a page is never blocked by its own CSP', async () => {
    build('start("first build")', 1_700_000_000);
    const app = spaApp();
    const before = await load(app, '/scan');
    expect(before.script).toBe('start("first build")');
    expect(before.allowed).toContain(hashOf('start("first build")'));

    build('start("second build, e.g. the tests")', 1_700_000_100);
    const after = await load(app, '/');
    expect(after.script).toBe('start("second build, e.g. the tests")');
    expect(after.allowed).toContain(hashOf('start("second build, e.g. the tests")'));
    expect(after.allowed).not.toContain(hashOf('start("first build")'));
  });

  it('allows no inline script while the app is not built, then the built one', async () => {
    const app = spaApp();
    const unbuilt = await load(app, '/');
    expect(unbuilt.status).toBe(503);
    expect(unbuilt.allowed).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    build('start()', 1_700_000_000);
    expect((await load(app, '/')).allowed).toEqual(["'self'", "'wasm-unsafe-eval'", hashOf('start()')]);
  });
});
