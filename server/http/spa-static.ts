import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';
import { compressedStatic } from './compressed-static.js';

/**
 * Serves the built SPA from `buildDir`: text files brotli- or gzip-compressed when the browser
 * accepts it, hashed assets with a long cache, every other non-API path falls back to
 * index.html (client-side routing).
 */
export function mountSpa(app: Hono, buildDir: string): void {
  const root = relative(process.cwd(), buildDir) || '.';
  app.use('/_app/immutable/*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'public, max-age=31536000, immutable');
  });
  app.use('*', compressedStatic(buildDir));
  app.use('*', serveStatic({ root }));
  app.get('*', async (c, next) => {
    if (c.req.path.startsWith('/api/')) return next();
    if (!existsSync(`${buildDir}/index.html`)) {
      return c.text('The app is not built yet: run "npm run build" (npm start does it for you).', 503);
    }
    c.header('Cache-Control', 'no-cache');
    return serveStatic({ root, path: 'index.html' })(c, next);
  });
}

/** CSP hashes of the inline scripts in an index.html (SvelteKit's bootstrap). */
export function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
    ([, body]) => `sha256-${createHash('sha256').update(body).digest('base64')}`
  );
}

/**
 * The CSP hashes of the built index.html as it is now: a rebuild under a running server
 * (e.g. a test build) changes the inline bootstrap, and a page served with the old hash
 * would be blocked by its own CSP. Re-read only when the file's mtime or size changed.
 */
export function currentInlineScriptHashes(buildDir: string): () => string[] {
  const index = `${buildDir}/index.html`;
  let seen = '';
  let hashes: string[] = [];
  return () => {
    const stat = statSync(index, { throwIfNoEntry: false });
    const version = stat ? `${stat.mtimeMs}:${stat.size}:${stat.ino}` : 'none';
    if (version !== seen) {
      hashes = stat ? inlineScriptHashes(readFileSync(index, 'utf8')) : [];
      seen = version;
    }
    return hashes;
  };
}
