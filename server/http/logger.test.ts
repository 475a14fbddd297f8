import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { createLogger, requestLogger } from './logger.js';

describe('createLogger', () => {
  it('writes JSON lines at or above its level', () => {
    const lines: string[] = [];
    const logger = createLogger({ level: 'warn', write: (line) => lines.push(line) });
    logger.debug('hidden');
    logger.info('hidden');
    logger.warn('careful', { runs: 2 });
    logger.error('broken');
    expect(lines.map((line) => JSON.parse(line))).toMatchObject([
      { level: 'warn', msg: 'careful', runs: 2, time: expect.any(String) },
      { level: 'error', msg: 'broken' }
    ]);
  });
});

describe('requestLogger', () => {
  it('logs method, path, status and ms, and never a header value, cookie, query or body', async () => {
    const lines: string[] = [];
    const app = new Hono();
    app.use('*', requestLogger(createLogger({ level: 'debug', write: (line) => lines.push(line) })));
    app.post('/api/auth/login', (c) => c.json({ ok: true }));
    app.get('/api/boom', () => {
      throw new Error('boom');
    });
    app.onError((_, c) => c.json({ error: { message: 'internal error' } }, 500));
    await app.request('/api/auth/login?apikey=query-secret-123', {
      method: 'POST',
      headers: {
        authorization: 'Bearer header-secret-123',
        cookie: 'fluxscan_session=cookie-secret-123',
        'x-api-key': 'key-secret-123'
      },
      body: JSON.stringify({ password: 'password-secret-123' })
    });
    await app.request('/api/boom');
    expect(lines.map((line) => JSON.parse(line))).toMatchObject([
      { level: 'info', msg: 'request', method: 'POST', path: '/api/auth/login', status: 200, ms: expect.any(Number) },
      { level: 'error', msg: 'request', method: 'GET', path: '/api/boom', status: 500 }
    ]);
    expect(lines.join('\n')).not.toMatch(/secret|Bearer/);
  });
});
