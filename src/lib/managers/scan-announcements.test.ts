import { expect, it } from 'vitest';
import type { ScanProgress } from '$engine/pool/scan-types';
import { endAnnouncement, progressQuarter, quarterAnnouncement } from './scan-announcements';

const progress = (done: number, total: number | null, matches = 0): ScanProgress => ({
  done,
  total,
  matches,
  errors: 0,
  currentSymbol: null,
  elapsedMs: 1
});

it('reaches a new quarter only at 25, 50, 75 and 100 %', () => {
  const quarters = Array.from({ length: 51 }, (_, done) => progressQuarter(progress(done, 50)));
  expect(new Set(quarters)).toEqual(new Set([0, 1, 2, 3, 4]));
  expect(quarters.indexOf(1)).toBe(13);
  expect(quarters.indexOf(4)).toBe(50);
  expect(progressQuarter(progress(3, null))).toBeNull();
});

it('says where the scan is and how it ended, counts in the right number', () => {
  expect(quarterAnnouncement(progress(26, 50, 1), 2)).toBe('50% scanned: 26 of 50 symbols, 1 match');
  expect(endAnnouncement('completed', { symbols: 4, matches: 1, errors: 1 })).toBe(
    'Scan completed: 4 symbols scanned, 1 match, 1 error'
  );
  expect(endAnnouncement('cancelled', { symbols: 1, matches: 0, errors: 0 })).toBe(
    'Scan cancelled: 1 symbol scanned, 0 matches, 0 errors'
  );
});
