import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { sendWebhook, signWebhookBody, type WebhookAttempt } from './webhook.js';

let server: Server | null = null;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** A real HTTP receiver answering with the given statuses in turn (the last one repeats). */
async function receiver(statuses: number[]) {
  const bodies: { body: string; signature: string | undefined }[] = [];
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      bodies.push({ body, signature: request.headers['x-fluxscan-signature'] as string | undefined });
      response.writeHead(statuses[Math.min(bodies.length - 1, statuses.length - 1)]).end();
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, bodies };
}

describe('webhook', () => {
  it('signs the raw body with HMAC-SHA256', async () => {
    const hook = await receiver([204]);
    const body = JSON.stringify({ hello: 'world' });
    expect(await sendWebhook({ url: hook.url, body, secret: 's3cret' })).toEqual({ status: 'sent', error: null });
    expect(hook.bodies).toEqual([
      { body, signature: `sha256=${createHmac('sha256', 's3cret').update(body).digest('hex')}` }
    ]);
    expect(signWebhookBody(body, 's3cret')).toBe(hook.bodies[0].signature);
  });

  it('retries 5xx with growing waits until it is accepted', async () => {
    const hook = await receiver([503, 500, 200]);
    const waits: number[] = [];
    const attempts: WebhookAttempt[] = [];
    const outcome = await sendWebhook({
      url: hook.url,
      body: '{}',
      secret: 's',
      baseDelayMs: 100,
      sleep: async (ms) => void waits.push(ms),
      onAttempt: (a) => void attempts.push(a)
    });
    expect(outcome.status).toBe('sent');
    expect(waits).toEqual([100, 200]);
    expect(attempts.map((a) => a.status)).toEqual(['retry', 'retry', 'sent']);
  });

  it('does not retry a 4xx', async () => {
    const hook = await receiver([410]);
    const outcome = await sendWebhook({ url: hook.url, body: '{}', secret: 's', sleep: async () => {} });
    expect(outcome).toEqual({ status: 'failed', error: 'the webhook answered HTTP 410' });
    expect(hook.bodies).toHaveLength(1);
  });

  it('retries a receiver that does not answer in time, then gives up', async () => {
    server = createServer(() => {});
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    server.closeAllConnections();
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    const attempts: WebhookAttempt[] = [];
    const outcome = await sendWebhook({
      url,
      body: '{}',
      secret: 's',
      retries: 1,
      timeoutMs: 50,
      sleep: async () => {},
      onAttempt: (a) => void attempts.push(a)
    });
    server.closeAllConnections();
    expect(attempts.map((a) => a.status)).toEqual(['retry', 'failed']);
    expect(outcome.error).toBe('the webhook did not answer within 50 ms');
  });
});
