/**
 * Run as a child process under a chosen TZ by ist-timestamps.test.ts: fetches the same history
 * from the simulator with IST timestamps without an offset and with epoch seconds, and prints
 * the bar times FluxScan read from each, as JSON.
 */
import { parseBarTime } from '../../src-worker/candles/timestamp.js';
import { startSimulator } from '../simulator/index.js';
import { ist } from '../simulator/test-helpers.js';
import { createOpenAlgoClient } from './client.js';

const sim = await startSimulator({ now: () => ist('2026-11-25T16:00'), historySpacingMs: 0 });
try {
  const client = createOpenAlgoClient({
    host: sim.url,
    apiKey: sim.apiKey,
    source: 'simulator',
    historyRatePerSecond: 100,
    ratePerSecond: 100
  });
  const read = async (interval: '5m' | 'D', timestampFormat: 'iso-naive' | 'epoch-seconds') => {
    sim.settings.timestampFormat = timestampFormat;
    const result = await client.history({
      symbol: 'INFY',
      exchange: 'NSE',
      interval,
      start_date: '2026-11-20',
      end_date: '2026-11-23'
    });
    if ('error' in result) throw result.error;
    return Array.from(result.data.time);
  };
  const output = {
    offsetMinutes: new Date('2026-11-20T12:00:00Z').getTimezoneOffset(),
    naive: { fiveMinute: await read('5m', 'iso-naive'), daily: await read('D', 'iso-naive') },
    epoch: { fiveMinute: await read('5m', 'epoch-seconds'), daily: await read('D', 'epoch-seconds') },
    parsed: [parseBarTime('2025-04-01 09:15:00'), parseBarTime('2025-04-01T09:15'), parseBarTime('2025-04-01')]
  };
  process.stdout.write(JSON.stringify(output));
} finally {
  await sim.close();
}
