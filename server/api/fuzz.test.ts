import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi } from './test-app.js';

let api: Awaited<ReturnType<typeof createTestApi>>;
let ids: { scanner: string; watchlist: string; schedule: string };
beforeAll(async () => {
  api = await createTestApi();
  const scanner = (await api.store.scanners.create({ name: 'Fuzz', description: '', category: '', source: 'x' })) as {
    data: { id: string };
  };
  const watchlist = (await api.store.watchlists.create({ name: 'Fuzz', symbols: [] })) as { data: { id: string } };
  const schedule = (await api.store.schedules.create({
    scannerId: scanner.data.id,
    watchlistId: watchlist.data.id,
    kind: 'interval',
    spec: { minutes: 5 }
  })) as { data: { id: string } };
  ids = { scanner: scanner.data.id, watchlist: watchlist.data.id, schedule: schedule.data.id };
});
afterAll(() => api.close());

/** A small deterministic generator, so a failure can be replayed from its seed. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => (state = (state * 1_664_525 + 1_013_904_223) >>> 0) / 2 ** 32;
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]) => items[int(items.length)];
  return { next, int, pick };
}

const KEYS = [
  'name',
  'source',
  'symbols',
  'kind',
  'spec',
  'scannerId',
  'watchlistId',
  'enabled',
  'timezone',
  'description',
  '__proto__',
  'constructor',
  'prototype',
  'times',
  'minutes',
  'expression',
  'symbol',
  'exchange'
];
const STRINGS = [
  '',
  ' ',
  'x'.repeat(300_000),
  '\uD800',
  '\uDFFF\uD800',
  '\u0000',
  '💥'.repeat(1000),
  "'; DROP TABLE scanners; --",
  '%',
  '*/5 * * * *',
  '25:99',
  'NSE',
  'daily',
  'cron',
  '<script>',
  '__proto__'
];

function value(r: ReturnType<typeof random>, depth: number): unknown {
  switch (r.int(depth > 3 ? 6 : 9)) {
    case 0:
      return null;
    case 1:
      return r.next() < 0.5;
    case 2:
      return r.pick([0, -1, 1e308, -1e308, 0.5, Number.MAX_SAFE_INTEGER, 2 ** 53 + 1]);
    case 3:
    case 4:
      return r.pick(STRINGS);
    case 5:
      return r.int(100_000);
    case 6:
      return Array.from({ length: r.int(5) }, () => value(r, depth + 1));
    default:
      return Object.fromEntries(Array.from({ length: r.int(6) }, () => [r.pick(KEYS), value(r, depth + 1)]));
  }
}

/** Bodies that are malformed on purpose: wrong types and shapes, deep nesting, raw text, pollution keys. */
function malformedBody(r: ReturnType<typeof random>): string {
  switch (r.int(8)) {
    case 0:
      return '['.repeat(50_000) + ']'.repeat(50_000);
    case 1:
      return `{"a":${'{"a":'.repeat(5000)}1${'}'.repeat(5001)}`;
    case 2:
      return r.pick([
        '',
        'null',
        'nope',
        '{',
        '{"name": "x",}',
        "{'name': 'x'}",
        '\u0000\u0001',
        'NaN',
        '1e999',
        '"\\ud800"'
      ]);
    case 3:
      return `{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "name": ${JSON.stringify(r.pick(STRINGS))}}`;
    case 4:
      return `{"name": "ok", "symbols": [{"symbol": "INFY", "exchange": "NSE", "__proto__": {"polluted": 1}}], "spec": {"__proto__": {"polluted": 1}}}`;
    default:
      return JSON.stringify(value(r, 0));
  }
}

describe('malformed bodies on every JSON route', () => {
  it('never answers 5xx, never crashes, never touches Object.prototype (1,200 requests)', async () => {
    const routes = [
      ['POST', '/api/scanners'],
      ['PUT', `/api/scanners/${ids.scanner}`],
      ['PATCH', `/api/scanners/${ids.scanner}`],
      ['POST', '/api/watchlists'],
      ['PUT', `/api/watchlists/${ids.watchlist}`],
      ['PATCH', `/api/watchlists/${ids.watchlist}`],
      ['POST', '/api/schedules'],
      ['PATCH', `/api/schedules/${ids.schedule}`]
    ] as const;
    const r = random(20_250_101);
    const statuses = new Map<number, number>();
    for (let i = 0; i < 1200; i++) {
      const [method, path] = routes[i % routes.length];
      const contentType = r.pick(['application/json', 'text/plain', 'application/x-www-form-urlencoded', undefined]);
      const response = await api.app.request(path, {
        method,
        headers: contentType ? { 'content-type': contentType } : {},
        body: malformedBody(r)
      });
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      expect(response.status, `request ${i}: ${method} ${path}`).toBeLessThan(500);
      await response.arrayBuffer();
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect([...statuses.keys()].every((status) => [200, 201, 400, 409].includes(status))).toBe(true);
    expect((await api.store.client.execute('PRAGMA integrity_check')).rows[0][0]).toBe('ok');
  }, 120_000);
});
