import { expect, it } from 'vitest';
import { signalLabel } from './signal';

it('calls a Filter scanner’s unnamed signal a Match and keeps any signal a scanner sets', () => {
  expect(signalLabel('EXPLORE')).toBe('Match');
  expect(signalLabel('BUY')).toBe('BUY');
  expect(signalLabel('Breakout')).toBe('Breakout');
});
