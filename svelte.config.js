import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** The app is a static SPA: the Hono server serves it and falls back to index.html. */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    adapter: adapter({ pages: 'build', assets: 'build', fallback: 'index.html', strict: true }),
    alias: { '$engine': 'src-worker', '$engine/*': 'src-worker/*' },
    serviceWorker: { register: false }
  }
};

export default config;
