import { WebSocket } from 'ws';

export interface TestStreamClient {
  socket: WebSocket;
  /** Every message received so far, parsed. */
  messages: any[];
  send(message: unknown): void;
  /** The first message from index `from` on (already received or still to come) that `match` accepts. */
  next(match: (message: any) => boolean, from?: number): Promise<any>;
  /** Resolves with the close code once the server closes the socket. */
  closed: Promise<number>;
}

/**
 * A raw WebSocket client for protocol tests: collects every message and waits on them by content.
 * @example const client = await connectTestClient(stream.url); client.send({ action: 'authenticate', api_key }); await client.next((m) => m.type === 'auth')
 */
export async function connectTestClient(url: string): Promise<TestStreamClient> {
  const socket = new WebSocket(url);
  const messages: any[] = [];
  const waiters: { match: (message: any) => boolean; resolve: (message: any) => void }[] = [];
  socket.on('message', (data) => {
    const message = JSON.parse(data.toString());
    messages.push(message);
    for (const waiter of [...waiters]) {
      if (waiter.match(message)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(message);
      }
    }
  });
  const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => socket.once('open', () => resolve()).once('error', reject));
  return {
    socket,
    messages,
    send: (message) => socket.send(typeof message === 'string' ? message : JSON.stringify(message)),
    next(match, from = 0) {
      const seen = messages.slice(from).find(match);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve) => waiters.push({ match, resolve }));
    },
    closed
  };
}
