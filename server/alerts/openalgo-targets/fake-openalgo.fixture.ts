import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request the fake OpenAlgo received. */
export interface ReceivedCall {
  method: string;
  path: string;
  body: string;
}

/**
 * A real HTTP server standing in for a user's OpenAlgo webhooks: it records every request and
 * answers with `status` (200 and OpenAlgo's success JSON unless told otherwise).
 */
export async function startFakeOpenAlgo() {
  const calls: ReceivedCall[] = [];
  const answer = { status: 200, body: '{"status":"success","message":"Order queued"}' };
  const read = (request: IncomingMessage) =>
    new Promise<string>((resolve) => {
      let text = '';
      request
        .setEncoding('utf8')
        .on('data', (chunk: string) => (text += chunk))
        .on('end', () => resolve(text));
    });
  const server = createServer(async (request, response) => {
    calls.push({ method: request.method ?? '', path: request.url ?? '', body: await read(request) });
    response.writeHead(answer.status, { 'content-type': 'application/json' }).end(answer.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    answer,
    close: () => new Promise<void>((resolve) => server.close(() => resolve()))
  };
}
