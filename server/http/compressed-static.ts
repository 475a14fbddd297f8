import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { MiddlewareHandler } from 'hono';
import { getMimeType } from 'hono/utils/mime';

export type ContentEncoding = 'br' | 'gzip';

/** Text-like files worth compressing; images and fonts in the build are compressed already. */
const COMPRESSIBLE = new Set([
  '.js',
  '.mjs',
  '.css',
  '.html',
  '.json',
  '.webmanifest',
  '.svg',
  '.wasm',
  '.txt',
  '.map',
  '.xml'
]);
/** Below this a compressed body saves less than its headers cost. */
const MIN_BYTES = 1024;
/** Compressed bodies kept in memory; a build is a few MB, so this holds one or two builds. */
const CACHE_LIMIT_BYTES = 48 * 1024 * 1024;

const compressors: Record<ContentEncoding, (data: Buffer) => Promise<Buffer>> = {
  br: (data) =>
    promisify(brotliCompress)(data, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length }
    }),
  gzip: (data) => promisify(gzip)(data, { level: 9 })
};

/**
 * The encoding to answer an `Accept-Encoding` header with: brotli, then gzip, unless refused with q=0.
 * @example preferredEncoding('gzip, deflate, br, zstd') // 'br'
 */
export function preferredEncoding(acceptEncoding: string | undefined): ContentEncoding | null {
  const weights = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').toLowerCase().split(',')) {
    const [token, ...params] = part.trim().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((value) => value !== undefined);
    if (token) weights.set(token, q === undefined ? 1 : Number(q));
  }
  const accepts = (encoding: ContentEncoding) => (weights.get(encoding) ?? weights.get('*') ?? 0) > 0;
  return accepts('br') ? 'br' : accepts('gzip') ? 'gzip' : null;
}

interface CachedBody {
  version: string;
  body: Promise<Buffer>;
  bytes: number;
}

/** Compressed file bodies by path and encoding, made once per file version (mtime and size). */
function createCompressedCache() {
  const entries = new Map<string, CachedBody>();
  let total = 0;
  return async (file: string, version: string, encoding: ContentEncoding): Promise<Buffer> => {
    const key = `${encoding}:${file}`;
    const cached = entries.get(key);
    if (cached?.version === version) return cached.body;
    if (cached) total -= cached.bytes;
    const entry: CachedBody = { version, bytes: 0, body: readFile(file).then(compressors[encoding]) };
    entries.set(key, entry);
    entry.body.then(
      (body) => {
        entry.bytes = body.length;
        total += body.length;
        // Oldest first: files of a replaced build are the ones nobody asks for any more.
        for (const [oldKey, old] of entries) {
          if (total <= CACHE_LIMIT_BYTES || old === entry) break;
          entries.delete(oldKey);
          total -= old.bytes;
        }
      },
      () => entries.delete(key)
    );
    return entry.body;
  };
}

/** The file under `root` a request path names, or null when it leaves the root or cannot be decoded. */
function fileFor(root: string, path: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return null;
  }
  const file = resolve(root, `.${decoded.endsWith('/') ? `${decoded}index.html` : decoded}`);
  return file === root || file.startsWith(root + sep) ? file : null;
}

/**
 * Serves the built app's text files compressed when the browser accepts it (brotli, else gzip),
 * compressed once per file version and kept in memory; `Vary: Accept-Encoding` on every
 * compressible response. A path with no file is the SPA's index.html, as the fallback serves it.
 * Hashed assets under /_app/immutable/ are cached for a year, the HTML is revalidated each time.
 * The first page served from a build starts compressing its hashed assets in the background, one
 * file at a time, so the assets that page loads next are ready or on their way.
 */
export function compressedStatic(buildDir: string): MiddlewareHandler {
  const root = resolve(buildDir);
  const compressed = createCompressedCache();
  /** The index.html version whose assets were last warmed: a rebuild warms its new assets. */
  let warmedFor = '';

  const middleware: MiddlewareHandler = async (c, next) => {
    if ((c.req.method !== 'GET' && c.req.method !== 'HEAD') || c.req.path.startsWith('/api/')) return next();
    const named = fileFor(root, c.req.path);
    if (named === null) return next();
    const namedInfo = await stat(named).catch(() => null);
    // A route (no extension) is the SPA's page; a missing asset is left to the handlers after this one.
    if (!namedInfo?.isFile() && extname(c.req.path) !== '') return next();
    const file = namedInfo?.isFile() ? named : join(root, 'index.html');
    const info = namedInfo?.isFile() ? namedInfo : await stat(file).catch(() => null);
    if (!info?.isFile() || !COMPRESSIBLE.has(extname(file))) return next();
    // The page is asked for first; the assets it loads next are then compressed, or being compressed, already.
    if (extname(file) === '.html' && warmedFor !== `${info.mtimeMs}:${info.size}`) {
      warmedFor = `${info.mtimeMs}:${info.size}`;
      void warm().catch(() => undefined);
    }
    const encoding = preferredEncoding(c.req.header('Accept-Encoding'));
    if (encoding === null || info.size < MIN_BYTES) {
      await next();
      c.header('Vary', 'Accept-Encoding');
      return;
    }
    const body = await compressed(file, `${info.mtimeMs}:${info.size}`, encoding);
    const headers: Record<string, string> = {
      'Content-Type': getMimeType(file) ?? 'application/octet-stream',
      'Content-Encoding': encoding,
      'Content-Length': String(body.length),
      Vary: 'Accept-Encoding'
    };
    if (c.req.path.startsWith('/_app/immutable/')) headers['Cache-Control'] = 'public, max-age=31536000, immutable';
    else if (extname(file) === '.html') headers['Cache-Control'] = 'no-cache';
    if (c.req.method === 'HEAD') return c.body(null, 200, headers);
    return c.body(new Uint8Array(body), 200, headers);
  };

  async function warm(): Promise<void> {
    const assets = await readdir(join(root, '_app', 'immutable'), { recursive: true }).catch(() => []);
    const files = [join(root, 'index.html'), ...assets.map((name) => join(root, '_app', 'immutable', String(name)))];
    for (const file of files.filter((name) => COMPRESSIBLE.has(extname(name)))) {
      const info = await stat(file).catch(() => null);
      if (!info?.isFile() || info.size < MIN_BYTES) continue;
      for (const encoding of ['br', 'gzip'] as const)
        await compressed(file, `${info.mtimeMs}:${info.size}`, encoding).catch(() => undefined);
    }
  }

  return middleware;
}
