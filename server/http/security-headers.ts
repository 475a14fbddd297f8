import type { MiddlewareHandler } from 'hono';

/**
 * The app needs exactly: its own scripts and workers, WebAssembly compilation
 * (QuickJS), inline styles (Svelte transitions), data:/blob: images for charts.
 */
const contentSecurityPolicy = (scriptHashes: readonly string[]) =>
  [
    "default-src 'self'",
    ["script-src 'self' 'wasm-unsafe-eval'", ...scriptHashes.map((hash) => `'${hash}'`)].join(' '),
    "worker-src 'self' blob:",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
    "form-action 'self'"
  ].join('; ');

/**
 * Security headers on every response. `scriptHashes` (e.g. `sha256-…`) allow the
 * SPA's own inline bootstrap script and nothing else inline; given as a function, they
 * are asked for on each response, so a rebuilt app is never served under the old hash.
 */
export function securityHeaders(scriptHashes: readonly string[] | (() => readonly string[]) = []): MiddlewareHandler {
  const hashesNow = typeof scriptHashes === 'function' ? scriptHashes : () => scriptHashes;
  let policyFor = { key: '', policy: contentSecurityPolicy([]) };
  return async (c, next) => {
    await next();
    const hashes = hashesNow();
    const key = hashes.join(' ');
    if (key !== policyFor.key) policyFor = { key, policy: contentSecurityPolicy(hashes) };
    c.header('Content-Security-Policy', policyFor.policy);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('X-Frame-Options', 'DENY');
    c.header('Cross-Origin-Opener-Policy', 'same-origin');
    // With COOP, this makes the page cross-origin isolated: its engine workers can share memory with it
    // (progress without messages) and its timers are precise. The app loads nothing from other origins.
    c.header('Cross-Origin-Embedder-Policy', 'require-corp');
    c.header('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
  };
}
