import { expect, it } from 'vitest';
import { parseServerEvent } from './server-event-schema';

it('parses the events it knows and refuses anything else', () => {
  const alert = {
    runId: 'r1',
    scheduleId: 's1',
    channel: 'browser',
    status: 'sent',
    attempts: 1,
    error: null,
    notification: { title: 'EMA: 2 matches', body: 'SBIN BUY' },
    at: 5
  };
  expect(parseServerEvent('alert-delivered', JSON.stringify(alert))).toMatchObject({
    type: 'alert-delivered',
    data: { notification: { title: 'EMA: 2 matches' } }
  });
  expect(parseServerEvent('alert-delivered', '{"runId":1}')).toBeNull();
  expect(parseServerEvent('run-finished', 'not json')).toBeNull();
  expect(parseServerEvent('something-else', '{}')).toBeNull();
});
