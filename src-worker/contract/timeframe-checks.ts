import { parseTimeframe, unsupportedReason } from '../timeframes/interval-spec.js';
import type { Diagnostic } from './static-checks.js';

/**
 * `tf('…')` calls with a written interval: an error for a name that is not an
 * interval at all, a warning for one the scanner's own interval cannot build
 * (the scan may still run on a shorter interval, where it works).
 */
export function timeframeChecks(
  source: string,
  code: string,
  interval: string,
  positionOf: (source: string, index: number) => { line: number; column: number }
): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const call of code.matchAll(/\btf\s*\(/g)) {
    const literal = /^tf\s*\(\s*(['"`])([^'"`\n]*)\1\s*\)/.exec(source.slice(call.index));
    if (!literal) continue;
    const target = literal[2];
    const at = positionOf(source, call.index);
    if (!parseTimeframe(target)) {
      found.push({
        severity: 'error',
        message: `tf('${target}'): not an interval tf() supports (use e.g. 'W', 'M', 'D', '75m' or '1h')`,
        ...at
      });
      continue;
    }
    const reason = unsupportedReason(interval, target);
    if (reason)
      found.push({
        severity: 'warning',
        message: `tf('${target}') cannot be built from this scanner's ${interval} bars: ${reason}`,
        ...at
      });
  }
  return found;
}
