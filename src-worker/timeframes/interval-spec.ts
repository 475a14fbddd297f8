import { z } from 'zod';

/** A bar size `tf()` can build: whole minutes aligned to 09:15 IST, or an NSE session, week or month. */
export type Timeframe = { kind: 'minutes'; minutes: number } | { kind: 'D' } | { kind: 'W' } | { kind: 'M' };

/** What `tf()` accepts as written: `15m`, `75m`, `1h`, `D`, `W`, `M`. */
export const TIMEFRAME_PATTERN = /^(?:([1-9]\d{0,3})(m|h)|D|W|M)$/;

export const timeframeTextSchema = z.string().regex(TIMEFRAME_PATTERN, 'an interval like 15m, 75m, 1h, D, W or M');

/**
 * Reads an interval name; null when it is not one.
 * @example parseTimeframe('1h') // { kind: 'minutes', minutes: 60 }
 */
export function parseTimeframe(text: string): Timeframe | null {
  const match = TIMEFRAME_PATTERN.exec(text);
  if (!match) return null;
  if (!match[1]) return { kind: text as 'D' | 'W' | 'M' };
  const minutes = Number(match[1]) * (match[2] === 'h' ? 60 : 1);
  return minutes > 375 ? null : { kind: 'minutes', minutes };
}

const RANK = { minutes: 0, D: 1, W: 2, M: 3 } as const;

/**
 * Why `target` cannot be built from bars of `base`, or null when it can: from daily
 * bars W and M; from intraday bars whole multiples of the base, D, W and M.
 * @example unsupportedReason('5m', '7m') // '7m is not a whole multiple of 5m'
 */
export function unsupportedReason(base: string, target: string): string | null {
  const from = parseTimeframe(base);
  const to = parseTimeframe(target);
  if (!to) return `"${target}" is not an interval (use e.g. 15m, 75m, 1h, D, W or M)`;
  if (!from) return `cannot build ${target} from ${base} bars`;
  if (from.kind === 'minutes' && to.kind === 'minutes') {
    return to.minutes % from.minutes === 0 ? null : `${target} is not a whole multiple of ${base}`;
  }
  if (from.kind === 'W' && to.kind === 'M') return 'months cannot be built from weeks (a week may span two months)';
  return RANK[to.kind] >= RANK[from.kind] ? null : `${target} is shorter than the scan's ${base} bars`;
}
