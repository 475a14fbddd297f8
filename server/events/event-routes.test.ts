import { describe, expect, it } from 'vitest';
import { createEventBus } from './event-bus.js';
import { createEventRoutes } from './event-routes.js';

/** Reads the stream until `text` has appeared. */
async function readUntil(response: Response, text: string): Promise<string> {
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let received = '';
  while (!received.includes(text)) {
    const { value, done } = await reader.read();
    if (done) break;
    received += value;
  }
  await reader.cancel();
  return received;
}

const finished = (runId: string) => ({
  runId,
  scheduleId: null,
  status: 'completed' as const,
  matches: 1,
  errors: 0,
  message: null,
  finishedAt: 0
});

describe('GET /api/events', () => {
  it('streams new events with their ids and names', async () => {
    const bus = createEventBus({ firstId: 1, now: () => 42 });
    const app = createEventRoutes(bus);
    const response = await app.request('/');
    expect(response.headers.get('content-type')).toBe('text/event-stream');
    setTimeout(() => bus.publish('run-finished', finished('r1')), 10);
    const text = await readUntil(response, 'r1');
    expect(text).toContain(': connected');
    expect(text).toContain(`event: run-finished\ndata: ${JSON.stringify({ ...finished('r1'), at: 42 })}\nid: 1\n\n`);
  });

  it('replays only events after Last-Event-ID, and sends resync when the buffer does not reach back', async () => {
    const bus = createEventBus({ firstId: 1, bufferSize: 2 });
    for (const runId of ['a', 'b', 'c']) bus.publish('run-finished', finished(runId));
    const app = createEventRoutes(bus);
    const caughtUp = await readUntil(await app.request('/', { headers: { 'Last-Event-ID': '2' } }), 'id: 3');
    expect(caughtUp).not.toContain('"runId":"b"');
    expect(caughtUp).not.toContain('resync');
    const tooOld = await readUntil(await app.request('/?lastEventId=0'), 'id: 3');
    expect(tooOld).toContain('event: resync');
    expect(tooOld).toContain('"runId":"b"');
  });

  it('sends heartbeat comments and ends streams when the server shuts down', async () => {
    const shutdown = new AbortController();
    const app = createEventRoutes(createEventBus(), { heartbeatMs: 10, signal: shutdown.signal });
    const response = await app.request('/');
    expect(await readUntil(response, ': heartbeat')).toContain(': heartbeat');
    const second = await app.request('/');
    shutdown.abort();
    expect(await second.text()).toBe(': connected\n\n');
  });
});
