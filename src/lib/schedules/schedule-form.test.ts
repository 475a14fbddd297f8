import { expect, it } from 'vitest';
import { blankForm, fieldMessages, formOf, istInputValue, timingOf } from './schedule-form';
import type { ServerSchedule } from './schedule-schema';

it('reads the form as the timing the server takes, times being IST', () => {
  const form = blankForm();
  expect(timingOf({ ...form, kind: 'daily', times: '15:00,  09:20 ' })).toEqual({
    kind: 'daily',
    spec: { times: ['15:00', '09:20'] }
  });
  expect(timingOf({ ...form, kind: 'weekly', days: ['mon'], times: '09:20' })).toEqual({
    kind: 'weekly',
    spec: { days: ['mon'], times: ['09:20'] }
  });
  expect(timingOf({ ...form, kind: 'interval', minutes: 5 })).toEqual({ kind: 'interval', spec: { minutes: 5 } });
  expect(timingOf({ ...form, kind: 'cron', expression: '0 9 * * 1' })).toEqual({
    kind: 'cron',
    spec: { expression: '0 9 * * 1' }
  });
  expect(timingOf({ ...form, kind: 'once', onceAt: '2025-01-02T09:20' })).toEqual({
    kind: 'once',
    spec: { at: Date.UTC(2025, 0, 2, 3, 50) }
  });
  expect(istInputValue(Date.UTC(2025, 0, 2, 3, 50))).toBe('2025-01-02T09:20');
});

it('fills the form from a saved schedule', () => {
  const schedule: ServerSchedule = {
    id: 's1',
    scannerId: 'srv-scanner',
    watchlistId: 'srv-list',
    timezone: 'Asia/Kolkata',
    marketHoursOnly: false,
    enabled: false,
    nextRunAt: null,
    lastRunAt: null,
    createdAt: 0,
    updatedAt: 0,
    kind: 'weekly',
    spec: { days: ['tue', 'thu'], times: ['09:20', '15:00'] }
  };
  expect(formOf(schedule, { scannerId: 'a', watchlistId: 'b' })).toMatchObject({
    scannerId: 'a',
    watchlistId: 'b',
    kind: 'weekly',
    days: ['tue', 'thu'],
    times: '09:20, 15:00',
    marketHoursOnly: false,
    enabled: false
  });
});

it('finds the messages for a field and the fields under it', () => {
  const fields = {
    'spec.times.1': ['a time is HH:MM'],
    'spec.expression': ['not a valid cron expression'],
    scannerId: ['required']
  };
  expect(fieldMessages(fields, 'spec.times')).toEqual(['a time is HH:MM']);
  expect(fieldMessages(fields, 'spec.expression')).toEqual(['not a valid cron expression']);
  expect(fieldMessages(fields, 'spec.timesx')).toEqual([]);
});
