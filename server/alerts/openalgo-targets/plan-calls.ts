import type { ScanRow } from '../../../src-worker/pool/scan-types.js';
import { chartinkScanName } from './action-word.js';
import { chartinkBody, strategyBodies } from './payloads.js';
import { targetUrl, type OpenAlgoTarget } from './target-schema.js';

/** Something that can fire targets: a live scan's bar close or a scheduled run. */
export interface Trigger {
  /** De-duplication scope: a symbol fires a target once per run key (a live scan's day, a schedule's day). */
  runKey: string;
  scannerId: string | null;
  scannerName: string;
  /** "NSE:SBIN" keys that entered on this bar or run. */
  entered: string[];
  rows: readonly ScanRow[];
  at: number;
}

/** One POST to make: the symbols it is for and its exact JSON text. */
export interface PlannedCall {
  symbols: string[];
  body: string;
}

const keyOf = (row: Pick<ScanRow, 'symbol' | 'exchange'>) => `${row.exchange}:${row.symbol}`;
const symbolOf = (key: string) => key.slice(key.indexOf(':') + 1);

/** The symbols this trigger fires for `target`, leaving out those already fired in this run. */
export function symbolsToFire(
  target: Pick<OpenAlgoTarget, 'fireOn'>,
  trigger: Trigger,
  fired: ReadonlySet<string>
): string[] {
  const candidates = target.fireOn === 'entered' ? trigger.entered : trigger.rows.map(keyOf);
  return [...new Set(candidates)].filter((key) => !fired.has(key));
}

/**
 * The calls a target makes for `keys`: one Chartink body for all of them, or one strategy body
 * per symbol. Refused when the scanner's name holds a conflicting action word.
 * @example planCalls(target, trigger, ['NSE:SBIN']) // { url, calls: [{ symbols: ['NSE:SBIN'], body: '{"stocks":"SBIN",…}' }] }
 */
export function planCalls(
  target: OpenAlgoTarget,
  trigger: Trigger,
  keys: string[]
): { url: string; calls: PlannedCall[] } | { error: string } {
  const url = targetUrl(target);
  if (keys.length === 0) return { url, calls: [] };
  if (target.kind === 'strategy') {
    const bodies = strategyBodies(keys.map(symbolOf), target.action, target.positionSize);
    return { url, calls: bodies.map((body, i) => ({ symbols: [keys[i]], body: JSON.stringify(body) })) };
  }
  const scanName = chartinkScanName(trigger.scannerName, target.action);
  if ('error' in scanName) return scanName;
  const body = chartinkBody({
    symbols: keys.map(symbolOf),
    rows: trigger.rows,
    scanName: scanName.data,
    alertName: target.name,
    at: trigger.at
  });
  return { url, calls: [{ symbols: keys, body: JSON.stringify(body) }] };
}
