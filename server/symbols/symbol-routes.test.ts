import { Hono } from 'hono';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createOpenAlgoClient } from '../openalgo/index.js';
import { startSimulator, type RunningSimulator } from '../simulator/index.js';
import { createSymbolRoutes } from './symbol-routes.js';

let sim: RunningSimulator;
let app: Hono;

beforeAll(async () => {
  sim = await startSimulator({ rateLimitPerSecond: 1000 });
  const client = createOpenAlgoClient({
    host: sim.url,
    apiKey: sim.apiKey,
    source: 'simulator',
    retries: 0,
    timeoutMs: 500,
    ratePerSecond: 500
  });
  app = new Hono().route('/api/symbols', createSymbolRoutes({ client }));
});
afterAll(() => sim.close());
beforeEach(() => {
  Object.assign(sim.faults, { errorRate: 0, rateLimitBurst: 0, hang: false });
});

async function validate(body: unknown) {
  const response = await app.request('/api/symbols/validate', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body)
  });
  return { status: response.status, json: (await response.json()) as Record<string, any> };
}

const symbolRequests = () => sim.requests.filter((r) => r.path === '/api/v1/symbol').length;

describe('POST /api/symbols/validate', () => {
  it('marks symbols OpenAlgo knows valid, with their name, and the rest unknown, in input order', async () => {
    const { status, json } = await validate({
      symbols: [
        { symbol: 'SBIN', exchange: 'NSE' },
        { symbol: 'NOSUCHSYMBOL', exchange: 'NSE' },
        { symbol: 'reliance', exchange: 'nse' },
        { symbol: 'RELI@NCE', exchange: 'NSE' },
        { symbol: 'INFY', exchange: 'MARS' }
      ]
    });
    expect(status).toBe(200);
    expect(json.results).toEqual([
      { symbol: 'SBIN', exchange: 'NSE', status: 'valid', name: expect.stringMatching(/State Bank/i) },
      { symbol: 'NOSUCHSYMBOL', exchange: 'NSE', status: 'unknown' },
      { symbol: 'reliance', exchange: 'nse', status: 'valid', name: expect.stringMatching(/Reliance/i) },
      { symbol: 'RELI@NCE', exchange: 'NSE', status: 'unknown' },
      { symbol: 'INFY', exchange: 'MARS', status: 'unknown' }
    ]);
  });

  it('asks OpenAlgo once per distinct symbol and never for malformed ones', async () => {
    const before = symbolRequests();
    const { json } = await validate({
      symbols: [
        { symbol: 'TCS', exchange: 'NSE' },
        { symbol: 'tcs', exchange: 'NSE' },
        { symbol: 'bad symbol', exchange: 'NSE' }
      ]
    });
    expect(json.results.map((r: { status: string }) => r.status)).toEqual(['valid', 'valid', 'unknown']);
    expect(symbolRequests() - before).toBe(1);
  });

  it('checks a whole NIFTY 500 sized request with bounded concurrency', async () => {
    const symbols = Array.from({ length: 600 }, (_, i) => ({ symbol: i % 2 ? 'SBIN' : `NOPE${i}`, exchange: 'NSE' }));
    const { status, json } = await validate({ symbols });
    expect(status).toBe(200);
    expect(json.results).toHaveLength(600);
    expect(json.results.filter((r: { status: string }) => r.status === 'valid')).toHaveLength(300);
  });

  it('answers bad input with 400 and messages per field', async () => {
    const missing = await validate({});
    expect(missing.status).toBe(400);
    expect(missing.json.error.fields.symbols).toBeDefined();

    const fields = (await validate({ symbols: [{ symbol: '', exchange: 'NSE' }, { symbol: 'SBIN' }], apikey: 'x' }))
      .json.error.fields;
    expect(fields['symbols.0.symbol']).toEqual(['must not be empty']);
    expect(fields['symbols.1.exchange']).toBeDefined();
    expect(fields.apikey).toEqual(['unknown field']);

    const tooMany = await validate({
      symbols: Array.from({ length: 5001 }, () => ({ symbol: 'SBIN', exchange: 'NSE' }))
    });
    expect(tooMany.status).toBe(400);
    expect(tooMany.json.error.fields.symbols).toEqual(['must list at most 5000 symbols']);

    const empty = await validate({ symbols: [] });
    expect(empty.json.error.fields.symbols).toEqual(['must list at least one symbol']);

    const notJson = await validate('{symbols');
    expect(notJson.status).toBe(400);
    expect(notJson.json.error.message).toMatch(/not valid JSON/);
  });

  it.each(['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__'])(
    'answers a key named %s with a 400 naming it, at the top and in a symbol',
    async (name) => {
      for (const body of [
        `{"symbols":[{"symbol":"SBIN","exchange":"NSE"}],"${name}":1}`,
        `{"symbols":[{"symbol":"SBIN","exchange":"NSE","${name}":1}]}`
      ]) {
        const { status, json } = await validate(body);
        expect(status).toBe(400);
        expect(Object.keys(json.error.fields)).toEqual([body.endsWith('}]}') ? `symbols.0.${name}` : name]);
      }
    }
  );

  it('reports an upstream failure instead of calling symbols unknown', async () => {
    sim.faults.errorRate = 1;
    const { status, json } = await validate({ symbols: [{ symbol: 'HDFCBANK', exchange: 'NSE' }] });
    expect(status).toBe(502);
    expect(json.error.kind).toBe('server');
  });
});
