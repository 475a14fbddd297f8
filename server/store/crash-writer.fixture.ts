/**
 * Child process of crash.test.ts: writes runs into the store at argv[2] until it
 * is killed. It prints `running <id>` for a run it leaves open, and
 * `committed <id> <results>` only after a run's final commit returned.
 */
import { openStore } from './index.js';

const RESULTS_PER_RUN = 60;
const store = await openStore(process.argv[2]);
const say = (line: string) => process.stdout.write(`${line}\n`);

const scanner = { id: 'crash-scanner', name: 'Crash test', source: 'return { match: true }' };
const open = await store.runs.start({ scanner });
await store.runs.append(open.id, {
  results: [{ symbol: 'OPEN', exchange: 'NSE', signal: 'BUY', columns: { n: 0 }, barTime: 1 }]
});
say(`running ${open.id}`);

const resultsFor = (from: number, to: number) =>
  Array.from({ length: to - from }, (_, k) => {
    const i = from + k;
    return {
      symbol: `S${String(i).padStart(3, '0')}`,
      exchange: 'NSE',
      signal: i % 3 === 0 ? 'BUY' : '',
      columns: { i, label: `row ${i}` },
      barTime: 1_700_000_000 + i
    };
  });

for (;;) {
  const run = await store.runs.start({ scanner, watchlist: { id: null, name: 'crash', symbols: RESULTS_PER_RUN } });
  // Written as a scan would: in chunks while running, the rest with the final status.
  await store.runs.append(run.id, { results: resultsFor(0, 20) });
  await store.runs.append(run.id, {
    results: resultsFor(20, 40),
    errors: [{ symbol: 'BAD', exchange: 'NSE', message: 'no data', line: null, column: null }]
  });
  const finished = await store.runs.finish(run.id, {
    status: 'completed',
    stats: { symbols: RESULTS_PER_RUN, matches: 20 },
    results: resultsFor(40, RESULTS_PER_RUN)
  });
  if (finished) say(`committed ${run.id} ${RESULTS_PER_RUN}`);
}
