import { expect, it } from 'vitest';
import { formatBytes } from './format-bytes';

it('formats bytes in binary units', () => {
  expect(formatBytes(0)).toBe('0 B');
  expect(formatBytes(1023)).toBe('1023 B');
  expect(formatBytes(1_572_864)).toBe('1.5 MB');
  expect(formatBytes(300 * 1024 ** 3)).toBe('300 GB');
});
