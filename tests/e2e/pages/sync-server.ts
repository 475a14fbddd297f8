import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A FluxScan server of the test's own, on a fixed port and data folder, so the test can
 * stop and start it again (Playwright's webServer cannot be restarted). Serves the app
 * already built for the run (FLUXSCAN_BUILD_DIR).
 */
export class SyncServer {
  private process: ChildProcess | null = null;
  readonly dataDir = mkdtempSync(join(tmpdir(), 'fluxscan-sync-e2e-'));

  constructor(readonly port: number) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const env = {
      ...process.env,
      FLUXSCAN_PORT: String(this.port),
      FLUXSCAN_HOST: '127.0.0.1',
      FLUXSCAN_DATA_DIR: this.dataDir,
      FLUXSCAN_BUILD_DIR: process.env.FLUXSCAN_BUILD_DIR ?? 'build'
    };
    // Its own process group, so stopping it also stops the node process npx starts.
    this.process = spawn('npx', ['tsx', 'server/main.ts'], { env, detached: true, stdio: 'ignore' });
    for (let tries = 0; tries < 240; tries++) {
      if (await this.healthy()) return;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error(`the sync test server did not start on port ${this.port}`);
  }

  async stop(): Promise<void> {
    const child = this.process;
    if (!child?.pid) return;
    this.process = null;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    process.kill(-child.pid, 'SIGTERM');
    await exited;
    while (await this.healthy()) await new Promise((resolve) => setTimeout(resolve, 100));
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }

  async dispose(): Promise<void> {
    await this.stop();
    rmSync(this.dataDir, { recursive: true, force: true });
  }

  /** GETs JSON from the server's API. */
  async get<T>(path: string): Promise<T> {
    const response = await fetch(`${this.url}${path}`);
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
    return response.json() as Promise<T>;
  }

  async scanners(): Promise<Array<{ id: string; name: string; source: string }>> {
    return (await this.get<{ scanners: Array<{ id: string; name: string; source: string }> }>('/api/scanners'))
      .scanners;
  }

  async watchlists(): Promise<Array<{ id: string; name: string; symbols: Array<{ symbol: string }> }>> {
    return (
      await this.get<{ watchlists: Array<{ id: string; name: string; symbols: Array<{ symbol: string }> }> }>(
        '/api/watchlists'
      )
    ).watchlists;
  }

  private async healthy(): Promise<boolean> {
    return fetch(`${this.url}/api/health`).then(
      (response) => response.ok,
      () => false
    );
  }
}
