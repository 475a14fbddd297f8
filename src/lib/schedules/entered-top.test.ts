import { expect, it } from 'vitest';
import { scheduleAlertsEnvelope } from './alert-schema';
import { describeAlerts } from './alert-summary';
import { enteredTopText, parseEnteredTop } from './entered-top';

const REFUSED = { error: 'Top N is a whole number from 1 to 10000, or empty for off' };

it('reads the typed top N: blank is off, a whole number from 1 to 10000 is N, anything else is refused with the range', () => {
  expect(parseEnteredTop('')).toEqual({ value: null });
  expect(parseEnteredTop('   ')).toEqual({ value: null });
  expect(parseEnteredTop(' 20 ')).toEqual({ value: 20 });
  expect(parseEnteredTop('1')).toEqual({ value: 1 });
  expect(parseEnteredTop('10000')).toEqual({ value: 10_000 });
  for (const text of ['0', '10001', '2.5', '-3', 'twenty', '1e3', '20 30'])
    expect(parseEnteredTop(text), text).toEqual(REFUSED);
  expect(enteredTopText(20)).toBe('20');
  expect(enteredTopText(null)).toBe('');
});

it("keeps the server's top N when reading a schedule's alerts, and reads it as off from a server that does not send it", () => {
  const sent = { alerts: { enabled: true, onlyNew: false, channels: ['webhook'], enteredTop: 20 } };
  expect(scheduleAlertsEnvelope.parse(sent)).toEqual(sent);
  expect(
    scheduleAlertsEnvelope.parse({ alerts: { enabled: true, onlyNew: true, channels: null } }).alerts.enteredTop
  ).toBeNull();
  expect(scheduleAlertsEnvelope.safeParse({ alerts: { ...sent.alerts, enteredTop: 0 } }).success).toBe(false);
});

it('sums up what a schedule alerts on for the list', () => {
  const alerts = { enabled: true, onlyNew: false, channels: null, enteredTop: null };
  expect(describeAlerts(alerts)).toBe('on matches');
  expect(describeAlerts({ ...alerts, onlyNew: true })).toBe('on new matches');
  expect(describeAlerts({ ...alerts, onlyNew: true, enteredTop: 20 })).toBe('on entering the top 20');
  expect(describeAlerts({ ...alerts, enabled: false, enteredTop: 20 })).toBe('off');
});
