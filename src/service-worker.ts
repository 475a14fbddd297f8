/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
import { build, files, version } from '$service-worker';

/**
 * Precaches the app shell (the built JS/CSS, worker scripts, the QuickJS wasm and
 * static files) so the installed app opens and scans offline. Market data is
 * never cached here: candles live in IndexedDB with their provenance.
 */
const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `fluxscan-shell-${version}`;
const SHELL = '/';
const PRECACHE = [SHELL, ...build, ...files];
const PRECACHED = new Set(PRECACHE);

sw.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys().then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))))
  );
});

sw.addEventListener('message', (event) => {
  // The page asks a waiting worker to take over only when no scan is running.
  if (event.data?.type === 'SKIP_WAITING') void sw.skipWaiting();
});

sw.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== sw.location.origin || url.pathname.startsWith('/api/')) return;
  if (PRECACHED.has(url.pathname)) {
    event.respondWith(caches.match(url.pathname).then((cached) => cached ?? fetch(request)));
    return;
  }
  if (request.mode === 'navigate') {
    // Network first so a fresh deploy is seen; the cached shell when offline.
    event.respondWith(
      fetch(request).catch(async () => (await caches.match(SHELL)) ?? Response.error())
    );
  }
});
