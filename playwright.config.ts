import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 5197);
// The tests build into their own directories, so `npm test` never rewrites the build that
// `npm start` is serving. Set here, the defaults reach the web server, the specs and their workers.
process.env.FLUXSCAN_BUILD_DIR ??= 'build-e2e';
process.env.FLUXSCAN_KIT_DIR ??= '.svelte-kit-e2e';
export const BUILD_CANARY_KEY = 'fluxscan-canary-key-never-shipped-7f3a9c';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic'
];

/** End-to-end tests: the real server (built app + API) driven through Debian's Chromium. */
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: process.env.E2E_OUTPUT_DIR ?? 'test-results',
  timeout: 120_000,
  retries: process.env.CI ? 1 : 0,
  workers: 1,
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    // Tests share one server: browsers do not sync with it on their own, so each test starts
    // from its own empty local data. The sync spec turns syncing on for its devices.
    storageState: {
      cookies: [],
      origins: [{ origin: `http://127.0.0.1:${PORT}`, localStorage: [{ name: 'fluxscan-auto-sync', value: 'off' }] }]
    },
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS }
  },
  projects: [
    { name: 'desktop', use: { viewport: { width: 1280, height: 800 } } },
    { name: 'phone', use: { viewport: { width: 360, height: 800 } } }
  ],
  webServer: {
    // The build runs with an API key in its environment so a test can prove no key reaches the shipped app.
    command: `OPENALGO_API_KEY=${BUILD_CANARY_KEY} npx vite build && npx tsx server/main.ts`,
    url: `http://127.0.0.1:${PORT}/api/health`,
    timeout: 180_000,
    reuseExistingServer: !process.env.CI,
    env: {
      FLUXSCAN_PORT: String(PORT),
      FLUXSCAN_HOST: '127.0.0.1',
      FLUXSCAN_DATA_DIR: `${process.env.E2E_OUTPUT_DIR ?? 'test-results'}/e2e-data`,
      // Live scans replay a session on the simulator's demo clock: at 10× a 1m bar closes every 6 s.
      FLUXSCAN_SIMULATOR_SPEED: process.env.FLUXSCAN_SIMULATOR_SPEED ?? '10'
    }
  }
});
