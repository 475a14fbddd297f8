import { CHARTINK_ACTIONS } from './target-schema.js';

/**
 * The action words in `name` other than `action`, as OpenAlgo would find them (case-insensitive
 * substrings: "Buyback" holds BUY). OpenAlgo takes the first of BUY, SELL, SHORT, COVER it finds,
 * so any other word in the name could place the opposite order.
 * @example conflictingWords('Short squeeze', 'BUY') // ['SHORT']
 */
export function conflictingWords(name: string, action: string): string[] {
  const upper = name.toUpperCase();
  return CHARTINK_ACTIONS.filter((word) => word !== action && upper.includes(word));
}

/**
 * The scan_name sent to OpenAlgo: the chosen action word first, then the scanner's name; an error
 * when the name holds a conflicting word.
 * @example chartinkScanName('Breakout', 'BUY') // { data: 'BUY Breakout' }
 */
export function chartinkScanName(scannerName: string, action: string): { data: string } | { error: string } {
  const conflicts = conflictingWords(scannerName, action);
  if (conflicts.length > 0) {
    return {
      error: `the scanner name "${scannerName}" contains ${conflicts.join(', ')}, which OpenAlgo could read instead of ${action}: rename the scanner`
    };
  }
  return { data: `${action} ${scannerName}` };
}
