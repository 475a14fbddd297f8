/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
import { build, files, version } from '$service-worker';
import { workerAssetPaths } from '$lib/pwa/worker-assets';

/**
 * Precaches the app shell (the built JS/CSS, the engine worker with its lazy chunks,
 * the QuickJS wasm, the manifest and icons) so the installed app opens and scans
 * offline. Market data is never cached here: candles live in IndexedDB with their
 * provenance, and /api/ always goes to the network.
 */
const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `fluxscan-shell-${version}`;
const SHELL = '/';
const IMMUTABLE = '/_app/immutable/';
const PRECACHE = [SHELL, ...build, ...files];
const PRECACHED = new Set(PRECACHE);

/**
 * `build` names each worker entry but not what it loads lazily (its chunks and the
 * wasm), so those are found by reading the cached worker scripts.
 */
async function precacheWorkerAssets(cache: Cache): Promise<void> {
  const queue = build.filter((path) => path.startsWith(`${IMMUTABLE}workers/`));
  const seen = new Set(queue);
  while (queue.length > 0) {
    const path = queue.pop() as string;
    if (!path.endsWith('.js')) continue;
    const script = await cache.match(path);
    if (!script) continue;
    const found = workerAssetPaths(path, await script.text()).filter(
      (asset) => asset.startsWith(IMMUTABLE) && !seen.has(asset)
    );
    await cache.addAll(found);
    for (const asset of found) {
      seen.add(asset);
      queue.push(asset);
    }
  }
}

sw.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then(async (cache) => {
      await cache.addAll(PRECACHE);
      await precacheWorkerAssets(cache);
    })
  );
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))))
      .then(() => sw.clients.claim())
  );
});

sw.addEventListener('message', (event) => {
  // The page asks a waiting worker to take over only when the user agreed and no scan is running.
  if (event.data?.type === 'SKIP_WAITING') void sw.skipWaiting();
});

/** Hashed files never change, so anything missed at install is kept the first time it is fetched. */
async function cacheFirst(request: Request, path: string): Promise<Response> {
  const cached = await caches.match(path);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok && path.startsWith(IMMUTABLE)) {
    const copy = response.clone();
    void caches.open(CACHE).then((cache) => cache.put(path, copy));
  }
  return response;
}

sw.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== sw.location.origin || url.pathname.startsWith('/api/')) return;
  if (PRECACHED.has(url.pathname) || url.pathname.startsWith(IMMUTABLE)) {
    event.respondWith(cacheFirst(request, url.pathname));
    return;
  }
  if (request.mode === 'navigate') {
    // Network first so a fresh deploy is seen; the cached shell (the SPA fallback) when offline.
    event.respondWith(fetch(request).catch(async () => (await caches.match(SHELL)) ?? Response.error()));
  }
});
