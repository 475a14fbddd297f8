import { expect, it } from 'vitest';
import { describeTiming } from './timing-text';

it('puts each kind of timing in words, times in IST', () => {
  expect(describeTiming({ kind: 'interval', spec: { minutes: 1 } })).toBe('Every minute');
  expect(describeTiming({ kind: 'interval', spec: { minutes: 15 } })).toBe('Every 15 minutes');
  expect(describeTiming({ kind: 'daily', spec: { times: ['09:20', '12:00', '15:10'] } })).toBe(
    'Daily at 09:20, 12:00 and 15:10 IST'
  );
  expect(describeTiming({ kind: 'weekly', spec: { days: ['mon', 'fri'], times: ['09:20'] } })).toBe(
    'Every Mon and Fri at 09:20 IST'
  );
  expect(describeTiming({ kind: 'cron', spec: { expression: '*/5 9-15 * * 1-5' } })).toBe('Cron "*/5 9-15 * * 1-5"');
  expect(describeTiming({ kind: 'once', spec: { at: Date.UTC(2025, 0, 2, 3, 50) } })).toBe(
    'Once on 2025-01-02 09:20 IST'
  );
});
