import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startAppServer } from '../../tests/bench/app-server.js';

const SLOW_SCANNER = `/**
 * @interval D
 */
let x = 0; for (let i = 0; i < 300000; i++) x += i;
return null;
`;
const dataDir = mkdtempSync(join(tmpdir(), 'fluxscan-backtest-kill-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function api(url: string, path: string, body?: unknown) {
  const response = await fetch(
    `${url}${path}`,
    body === undefined
      ? undefined
      : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }
  );
  return { status: response.status, body: await response.json() };
}

/** Reads the server's event stream until an event of `type` mentions `id`. */
async function waitForEvent(url: string, type: string, id: string): Promise<void> {
  const response = await fetch(`${url}/api/events`);
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let text = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) throw new Error('the event stream ended');
    text += decoder.decode(value, { stream: true });
    if (text.split('\n\n').some((block) => block.includes(`event: ${type}`) && block.includes(id))) break;
  }
  await reader.cancel();
}

describe('a server killed mid-backtest', () => {
  it('marks the backtest interrupted when it starts again', async () => {
    const first = await startAppServer(dataDir);
    let id: string;
    try {
      const scanner = await api(first.url, '/api/scanners', { name: 'Slow', source: SLOW_SCANNER });
      const watchlist = await api(first.url, '/api/watchlists', {
        name: 'Two',
        symbols: [
          { symbol: 'SBIN', exchange: 'NSE' },
          { symbol: 'TCS', exchange: 'NSE' }
        ]
      });
      const created = await api(first.url, '/api/backtests', {
        scannerId: scanner.body.scanner.id,
        watchlistId: watchlist.body.watchlist.id,
        from: '2020-01-01',
        to: '2025-12-31',
        benchmark: null
      });
      expect(created.status).toBe(201);
      id = created.body.id;
      await waitForEvent(first.url, 'backtest-progress', id);
      process.kill(-first.processGroup, 'SIGKILL');
    } finally {
      await first.stop();
    }
    const second = await startAppServer(dataDir);
    try {
      const stored = await api(second.url, `/api/backtests/${id}`);
      expect(stored.body).toMatchObject({
        status: 'interrupted',
        message: 'the server stopped during this backtest',
        finishedAt: expect.any(Number)
      });
    } finally {
      await second.stop();
    }
  });
});
