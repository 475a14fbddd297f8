import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// Both directories can be moved (FLUXSCAN_BUILD_DIR, FLUXSCAN_KIT_DIR) so separate builds can run side by side.
const buildDir = process.env.FLUXSCAN_BUILD_DIR ?? 'build';

/** The app is a static SPA: the Hono server serves it and falls back to index.html. */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    outDir: process.env.FLUXSCAN_KIT_DIR ?? '.svelte-kit',
    adapter: adapter({ pages: buildDir, assets: buildDir, fallback: 'index.html', strict: true }),
    alias: { $engine: 'src-worker', '$engine/*': 'src-worker/*' },
    serviceWorker: { register: false }
  }
};

export default config;
