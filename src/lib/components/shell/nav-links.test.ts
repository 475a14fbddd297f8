import { expect, it } from 'vitest';
import { isCurrentSection } from './nav-links';

it('marks a section current on its own page and the pages under it, the dashboard only on itself', () => {
  expect(isCurrentSection('/', '/')).toBe(true);
  expect(isCurrentSection('/', '/scan')).toBe(false);
  expect(isCurrentSection('/scanners', '/scanners/new')).toBe(true);
  expect(isCurrentSection('/scan', '/scanners')).toBe(false);
  expect(isCurrentSection('/runs', '/runs')).toBe(true);
});
