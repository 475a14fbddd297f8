import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { handleHttpError } from '../../server/http/errors.js';
import { openStore } from '../../server/store/index.js';
import { createSyncRoutes } from '../../server/sync/index.js';

/**
 * The real sync route in a process of its own over the SQLite file, pull limit and clock
 * offset named on the command line, so a schedule can SIGKILL it mid-request. It prints `listening <port>` once it
 * serves, `received` as each request arrives and `writing` as its write transaction starts
 * (the parent's cues to kill it).
 */
const [path, pullLimit, clockOffset] = process.argv.slice(2);
const store = await openStore(path);
const app = new Hono();
app.use(async (_, next) => {
  process.stdout.write('received\n');
  await next();
});
app.route(
  '/api/sync',
  createSyncRoutes(store, {
    pullLimit: Number(pullLimit),
    now: () => Date.now() + Number(clockOffset),
    onWrite: () => process.stdout.write('writing\n')
  })
);
app.onError(handleHttpError);
serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info) => process.stdout.write(`listening ${info.port}\n`));
