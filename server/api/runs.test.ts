import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Run } from '../store/index.js';
import { createTestApi } from './test-app.js';

let api: Awaited<ReturnType<typeof createTestApi>>;
let done: Run;
let failed: Run;
const scanner = { id: 'sc-1', name: 'RSI', source: 'x' };
beforeAll(async () => {
  api = await createTestApi();
  done = await api.store.runs.start({ scanner, watchlist: { id: null, name: 'Nifty', symbols: 3 } });
  await api.store.runs.finish(done.id, {
    status: 'completed',
    stats: { symbols: 3, matches: 2 },
    results: [
      {
        symbol: 'INFY',
        exchange: 'NSE',
        signal: 'BUY',
        columns: { rsi: 34.77727385651553, note: '=cmd()' },
        barTime: 1_735_689_600
      },
      { symbol: 'INFIBEAM', exchange: 'NSE', signal: 'SELL', columns: { rsi: 71, note: 'a, "b"' }, barTime: null },
      { symbol: 'TCS', exchange: 'NSE', signal: 'BUY', columns: { rsi: 25 }, barTime: 1_735_689_600 }
    ],
    errors: [{ symbol: 'XYZ', exchange: 'NSE', message: 'no data', line: null, column: null }]
  });
  failed = await api.store.runs.start({ scanner: { ...scanner, id: 'sc-2' } });
  await api.store.runs.finish(failed.id, { status: 'failed', message: 'syntax error' });
});
afterAll(() => api.close());

describe('/api/runs', () => {
  it('lists runs newest first, paginated and filtered', async () => {
    const all = await (await api.app.request('/api/runs?limit=1')).json();
    expect(all).toMatchObject({ total: 2, limit: 1, offset: 0, runs: [{ id: failed.id }] });
    expect((await (await api.app.request('/api/runs?limit=1&offset=1')).json()).runs[0].id).toBe(done.id);
    expect((await (await api.app.request('/api/runs?scannerId=sc-1')).json()).runs.map((r: Run) => r.id)).toEqual([
      done.id
    ]);
    expect((await (await api.app.request('/api/runs?status=failed')).json()).runs).toMatchObject([
      { id: failed.id, message: 'syntax error' }
    ]);
    for (const bad of ['limit=0', 'limit=501', 'offset=-1', 'status=done', 'limit=abc', 'color=red']) {
      expect((await api.app.request(`/api/runs?${bad}`)).status).toBe(400);
    }
  });

  it('gets a run with its results (filterable, paginated) and errors', async () => {
    const body = await (await api.app.request(`/api/runs/${done.id}`)).json();
    expect(body.run).toMatchObject({
      status: 'completed',
      stats: { symbols: 3, matches: 2 },
      counts: { results: 3, signals: 3, errors: 1 },
      watchlist: { name: 'Nifty' }
    });
    expect(body.results.items.map((r: { symbol: string }) => r.symbol)).toEqual(['INFIBEAM', 'INFY', 'TCS']);
    expect(body.errors).toEqual([{ symbol: 'XYZ', exchange: 'NSE', message: 'no data', line: null, column: null }]);
    const buys = await (await api.app.request(`/api/runs/${done.id}?signal=BUY&limit=1`)).json();
    expect(buys.results).toMatchObject({ total: 2, items: [{ symbol: 'INFY' }] });
    const infy = await (await api.app.request(`/api/runs/${done.id}?symbol=inf`)).json();
    expect(infy.results.total).toBe(2);
    expect((await (await api.app.request(`/api/runs/${done.id}?symbol=%25`)).json()).results.total).toBe(0);
    expect((await api.app.request('/api/runs/unknown')).status).toBe(404);
  });

  it('exports CSV (numbers as the results show them, spreadsheet formulas neutralised, IST bar times) and JSON', async () => {
    const csv = await api.app.request(`/api/runs/${done.id}/export?format=csv`);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.headers.get('content-disposition')).toBe(`attachment; filename="fluxscan-run-${done.id}.csv"`);
    expect((await csv.text()).split('\r\n')).toEqual([
      'symbol,exchange,signal,barTime,rsi,note',
      'INFIBEAM,NSE,SELL,,71.00,"a, ""b"""',
      "INFY,NSE,BUY,2025-01-01T05:30:00+05:30,34.78,'=cmd()",
      'TCS,NSE,BUY,2025-01-01T05:30:00+05:30,25.00,',
      ''
    ]);
    const full = await (await api.app.request(`/api/runs/${done.id}/export?format=csv&precision=full`)).text();
    expect(full.split('\r\n')[2]).toBe("INFY,NSE,BUY,2025-01-01T05:30:00+05:30,34.77727385651553,'=cmd()");
    expect((await api.app.request(`/api/runs/${done.id}/export?precision=some`)).status).toBe(400);
    const exported = await (await api.app.request(`/api/runs/${done.id}/export?format=json`)).json();
    expect(exported).toMatchObject({ run: { id: done.id }, results: { length: 3 }, errors: { length: 1 } });
    expect((await api.app.request(`/api/runs/${done.id}/export?format=xlsx`)).status).toBe(400);
    expect((await api.app.request('/api/runs/unknown/export')).status).toBe(404);
  });

  it('reports stats for the dashboard', async () => {
    const stats = await (await api.app.request('/api/stats')).json();
    expect(stats).toMatchObject({ counts: { runs: 2, scanners: 0 }, today: { runs: 2, signals: 3 }, running: 0 });
    expect(stats.dbSizeBytes).toBeGreaterThan(0);
  });

  it('deletes a run with its results', async () => {
    expect((await api.app.request(`/api/runs/${failed.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await api.app.request(`/api/runs/${failed.id}`, { method: 'DELETE' })).status).toBe(404);
    expect((await api.app.request(`/api/runs/${done.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await api.store.client.execute('SELECT count(*) AS n FROM run_results')).rows[0].n).toBe(0);
  });
});
