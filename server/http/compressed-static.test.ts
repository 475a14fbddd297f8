import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { preferredEncoding } from './compressed-static.js';
import { mountSpa } from './spa-static.js';

let buildDir: string;
let app: Hono;
const script = `export const rows = [${Array.from({ length: 400 }, (_, i) => `{ symbol: "SYM${i}", close: ${100 + i} }`).join(', ')}];\n`;
const html = `<!doctype html><html><head><script>start()</script></head><body>${'<div class="p-4">FluxScan</div>'.repeat(80)}</body></html>`;

beforeAll(() => {
  buildDir = mkdtempSync(join(tmpdir(), 'fluxscan-compressed-'));
  mkdirSync(join(buildDir, '_app', 'immutable', 'chunks'), { recursive: true });
  writeFileSync(join(buildDir, 'index.html'), html);
  writeFileSync(join(buildDir, '_app', 'immutable', 'chunks', 'rows-a1b2c3.js'), script);
  writeFileSync(join(buildDir, '_app', 'immutable', 'chunks', 'tiny-d4e5.js'), 'export {};\n');
  writeFileSync(
    join(buildDir, 'manifest.webmanifest'),
    JSON.stringify({ name: 'FluxScan', description: 'x'.repeat(2000) })
  );
  app = new Hono();
  mountSpa(app, buildDir);
});
afterAll(() => rmSync(buildDir, { recursive: true, force: true }));

const get = (path: string, acceptEncoding?: string) =>
  app.request(path, { headers: acceptEncoding === undefined ? {} : { 'Accept-Encoding': acceptEncoding } });
const bytesOf = async (response: Response) => Buffer.from(await response.arrayBuffer());

describe('compressed static files', () => {
  it('sends a hashed asset brotli-compressed to a browser that accepts it, cached for a year, varying by encoding', async () => {
    const response = await get('/_app/immutable/chunks/rows-a1b2c3.js', 'gzip, deflate, br, zstd');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBe('br');
    expect(response.headers.get('vary')).toBe('Accept-Encoding');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('content-type')).toContain('javascript');
    const body = await bytesOf(response);
    expect(Number(response.headers.get('content-length'))).toBe(body.length);
    expect(body.length).toBeLessThan(Buffer.byteLength(script) / 3);
    expect(brotliDecompressSync(body).toString()).toBe(script);
  });

  it('falls back to gzip, and to the plain file (still varying by encoding) for a browser that accepts neither', async () => {
    const gzipped = await get('/_app/immutable/chunks/rows-a1b2c3.js', 'gzip, deflate');
    expect(gzipped.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(await bytesOf(gzipped)).toString()).toBe(script);
    for (const refused of [undefined, 'identity', 'br;q=0, gzip;q=0']) {
      const plain = await get('/_app/immutable/chunks/rows-a1b2c3.js', refused);
      expect(plain.headers.get('content-encoding')).toBeNull();
      expect(plain.headers.get('vary')).toBe('Accept-Encoding');
      expect(plain.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect((await bytesOf(plain)).toString()).toBe(script);
    }
  });

  it('compresses the SPA page for every route, revalidated on each visit', async () => {
    for (const path of ['/', '/scan', '/watchlists/abc']) {
      const response = await get(path, 'br');
      expect(response.headers.get('content-encoding')).toBe('br');
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(response.headers.get('content-type')).toContain('text/html');
      expect(brotliDecompressSync(await bytesOf(response)).toString()).toBe(html);
    }
    const manifest = await get('/manifest.webmanifest', 'gzip');
    expect(manifest.headers.get('content-encoding')).toBe('gzip');
    expect(manifest.headers.get('cache-control')).toBeNull();
  });

  it('leaves tiny files, missing assets, HEAD bodies and paths outside the build alone', async () => {
    expect((await get('/_app/immutable/chunks/tiny-d4e5.js', 'br')).headers.get('content-encoding')).toBeNull();
    expect((await get('/_app/immutable/chunks/gone.js', 'br')).headers.get('content-encoding')).toBeNull();
    const head = await app.request('/_app/immutable/chunks/rows-a1b2c3.js', {
      method: 'HEAD',
      headers: { 'Accept-Encoding': 'br' }
    });
    expect(head.headers.get('content-encoding')).toBe('br');
    expect((await bytesOf(head)).length).toBe(0);
    expect((await get('/..%2f..%2fetc/passwd', 'br')).headers.get('content-encoding')).not.toBe('br');
  });

  it('reads Accept-Encoding with its weights', () => {
    expect(preferredEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(preferredEncoding('gzip')).toBe('gzip');
    expect(preferredEncoding('br;q=0, gzip;q=0.5')).toBe('gzip');
    expect(preferredEncoding('*')).toBe('br');
    expect(preferredEncoding('*;q=0')).toBeNull();
    expect(preferredEncoding(undefined)).toBeNull();
  });
});
