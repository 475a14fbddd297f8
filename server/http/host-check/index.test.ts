import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { handleHttpError } from '../errors.js';
import { parseHostName, refuseUnknownHosts, type HostCheckOptions } from './index.js';

function appWith(options: Partial<HostCheckOptions> = {}) {
  const app = new Hono();
  app.use('*', refuseUnknownHosts({ bindHost: '127.0.0.1', port: 5001, allowedHosts: [], ...options }));
  app.get('/api/scanners', (c) => c.json({ scanners: [] }));
  app.get('/_app/immutable/entry.js', (c) => c.text('boot()'));
  app.onError(handleHttpError);
  return app;
}
const statusFor = async (app: Hono, host: string, path = '/api/scanners') =>
  (await app.request(`http://127.0.0.1:5001${path}`, { headers: { host } })).status;

describe('refuseUnknownHosts', () => {
  it('refuses a rebound name on the API and on static files with 421 and says what to do', async () => {
    const app = appWith();
    expect(await statusFor(app, 'evil.example:5001')).toBe(421);
    expect(await statusFor(app, 'evil.example:5001', '/_app/immutable/entry.js')).toBe(421);
    expect(await statusFor(app, 'evil.example')).toBe(421);
    const response = await app.request('http://127.0.0.1:5001/api/scanners', {
      headers: { host: 'evil.example:5001' }
    });
    expect((await response.json()).error.message).toContain('FLUXSCAN_ALLOWED_HOSTS');
  });

  it('answers loopback names and addresses on its own port', async () => {
    const app = appWith();
    for (const host of ['127.0.0.1:5001', 'localhost:5001', 'LOCALHOST:5001', '127.8.9.10:5001', '[::1]:5001'])
      expect(await statusFor(app, host)).toBe(200);
    for (const host of [
      '127.0.0.1:5002',
      'localhost',
      '[::2]:5001',
      '127.0.0.1.evil.example:5001',
      'localhost.evil.example:5001',
      'a b',
      ''
    ]) {
      expect(await statusFor(app, host)).toBe(421);
    }
  });

  it('answers the bind address, and every interface address when bound to all of them', async () => {
    expect(await statusFor(appWith({ bindHost: '192.168.1.20' }), '192.168.1.20:5001')).toBe(200);
    expect(await statusFor(appWith({ bindHost: '192.168.1.20' }), '192.168.1.21:5001')).toBe(421);
    const address = Object.values(networkInterfaces())
      .flat()
      .find((a) => a?.family === 'IPv4')!.address;
    expect(await statusFor(appWith({ bindHost: '0.0.0.0' }), `${address}:5001`)).toBe(200);
    expect(await statusFor(appWith({ bindHost: '0.0.0.0' }), '0.0.0.0:5001')).toBe(421);
  });

  it('answers FLUXSCAN_ALLOWED_HOSTS: a bare name on any port, host:port on that port only', async () => {
    const app = appWith({ allowedHosts: [parseHostName('scan.example.org')!, parseHostName('box.lan:8443')!] });
    expect(await statusFor(app, 'scan.example.org')).toBe(200);
    expect(await statusFor(app, 'scan.example.org:9000')).toBe(200);
    expect(await statusFor(app, 'box.lan:8443')).toBe(200);
    expect(await statusFor(app, 'box.lan:5001')).toBe(421);
    expect(await statusFor(app, 'evil.example:5001')).toBe(421);
  });

  it('takes the port of the connection over the configured one (a server on port 0)', async () => {
    const app = appWith({ port: 0 });
    const onPort = async (port: number, host: string) =>
      (await app.request('http://x/api/scanners', { headers: { host } }, { incoming: { socket: { localPort: port } } }))
        .status;
    expect(await onPort(40123, '127.0.0.1:40123')).toBe(200);
    expect(await onPort(40123, '127.0.0.1:40124')).toBe(421);
  });
});

describe('refuseUnknownHosts on a listening server', () => {
  it('judges the Host header a client really sends, on the port the server really has', async () => {
    const app = appWith({ port: 5001 });
    const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
      const started = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(started));
    });
    const port = (server.address() as AddressInfo).port;
    const statusWithHost = (host: string) =>
      new Promise<number>((resolve, reject) => {
        httpRequest({ host: '127.0.0.1', port, path: '/_app/immutable/entry.js', headers: { host } }, (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        })
          .on('error', reject)
          .end();
      });
    try {
      expect(await statusWithHost(`127.0.0.1:${port}`)).toBe(200);
      expect(await statusWithHost(`localhost:${port}`)).toBe(200);
      expect(await statusWithHost(`evil.example:${port}`)).toBe(421);
      expect(await statusWithHost('127.0.0.1:5001')).toBe(421);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('parseHostName', () => {
  it('reads names, ports and IPv6 and refuses the rest', () => {
    expect(parseHostName('Scan.Example.org:443')).toEqual({ hostname: 'scan.example.org', port: 443 });
    expect(parseHostName('[::1]:5001')).toEqual({ hostname: '::1', port: 5001 });
    expect(parseHostName('::1')).toEqual({ hostname: '::1', port: null });
    for (const bad of ['http://x', 'x/y', 'x:0', 'x:70000', 'user@x', '[nothex]:1', ''])
      expect(parseHostName(bad)).toBeNull();
  });
});
