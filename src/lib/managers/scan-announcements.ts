import type { ScanProgress } from '$engine/pool/scan-types';
import { countOf } from '$lib/format';

/** Progress is announced in quarters: often enough to follow, rarely enough not to drown a screen reader. */
const STEPS = 4;

/**
 * Which quarter of the scan `progress` has reached (0–4); null while the total is unknown.
 * @example progressQuarter({ done: 26, total: 50, … }) // 2
 */
export function progressQuarter(progress: ScanProgress): number | null {
  if (!progress.total) return null;
  return Math.min(STEPS, Math.floor((progress.done / progress.total) * STEPS));
}

/** What to announce when the scan reaches a new quarter (not the last one: completion says more). */
export function quarterAnnouncement(progress: ScanProgress, quarter: number): string {
  return `${(quarter * 100) / STEPS}% scanned: ${progress.done} of ${countOf(progress.total ?? progress.done, 'symbol')}, ${countOf(progress.matches, 'match', 'matches')}`;
}

/**
 * The line a screen reader hears when a scan ends, with its counts.
 * @example endAnnouncement('completed', { symbols: 4, matches: 1, errors: 1 }) // 'Scan completed: 4 symbols scanned, 1 match, 1 error'
 */
export function endAnnouncement(status: string, counts: { symbols: number; matches: number; errors: number }): string {
  return `Scan ${status}: ${countOf(counts.symbols, 'symbol')} scanned, ${countOf(counts.matches, 'match', 'matches')}, ${countOf(counts.errors, 'error')}`;
}
