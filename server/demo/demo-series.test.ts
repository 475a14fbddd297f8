import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createDemoSeriesRoutes } from './demo-series.js';

const LATER_RECORDED_SERIES =
  'ADANIENT APOLLOHOSP ASIANPAINT AXISBANK BEL BHARTIARTL CIPLA COALINDIA GRASIM HINDALCO JSWSTEEL KOTAKBANK LT MARUTI RELIANCE SBIN TATASTEEL TCS TRENT ULTRACEMCO'.split(
    ' '
  );

describe('/api/demo/series', () => {
  const app = createDemoSeriesRoutes();

  it('lists every recorded NIFTY 50 series the simulator serves, which the demo notice counts', async () => {
    const { symbols } = (await (await app.request('/')).json()) as { symbols: string[] };
    const files = readdirSync(fileURLToPath(new URL('../data/nifty50-daily/', import.meta.url))).filter((file) =>
      file.endsWith('.csv')
    );
    expect(symbols).toHaveLength(50);
    expect(symbols).toHaveLength(files.length);
    expect(symbols).toEqual(expect.arrayContaining(LATER_RECORDED_SERIES));
  });

  it('serves one recorded series as columns, and a clear 404 or 400 otherwise', async () => {
    const tcs = (await (await app.request('/TCS')).json()) as {
      symbol: string;
      columns: { close: number[]; time: number[] };
    };
    expect(tcs.symbol).toBe('TCS');
    expect(tcs.columns.close.length).toBeGreaterThan(1200);
    expect(tcs.columns.close.length).toBe(tcs.columns.time.length);
    expect((await app.request('/NOSUCH')).status).toBe(404);
    expect((await app.request('/bad%20symbol')).status).toBe(400);
  });
});
