import type { ModelLog, ModelOp } from './model-ops.js';
import type { LiveState } from './model-server.js';

const describe = (state: LiveState) =>
  JSON.stringify({ scanners: [...state.scanners].sort(), watchlists: [...state.watchlists].sort() });

/** Every device holds exactly the server's live records (names, code without header lines, symbols). */
export function convergenceViolations(
  server: LiveState,
  devices: Array<{ name: string; state: LiveState; pending: number }>
): string[] {
  const expected = describe(server);
  return devices.flatMap(({ name, state, pending }) => [
    ...(describe(state) === expected
      ? []
      : [`${name} differs from the server:\n  device ${describe(state)}\n  server ${expected}`]),
    ...(pending === 0 ? [] : [`${name} still has ${pending} unsynced changes after two quiet syncs`])
  ]);
}

/**
 * Every acknowledged code edit is still the code of a live scanner (the record or a conflict
 * copy), or was superseded by a deletion, or by an edit that is itself accounted for, made by
 * someone who saw it.
 */
export function lostCodeEdits(server: LiveState, log: ModelLog): string[] {
  const live = new Set([...server.scanners.values()].map((s) => s.code));
  const acknowledged = log.ops.filter((op) => (op.kind === 'code' || op.kind === 'delete-scanner') && log.counts(op));
  const memo = new Map<string, boolean>();
  const accounted = (value: string): boolean => {
    if (memo.has(value)) return memo.get(value)!;
    memo.set(value, false); // A cycle proves nothing.
    // Any edit or deletion made from the value counts, acknowledged or not: an unpushed edit
    // the same user then replaced or deleted still shows the value was seen.
    const successors = log.ops.filter(
      (op) => (op.kind === 'code' || op.kind === 'delete-scanner') && op.parent === value
    );
    const result =
      live.has(value) ||
      successors.some((op) => op.kind === 'delete-scanner' || (op.kind === 'code' && accounted(op.value)));
    memo.set(value, result);
    return result;
  };
  return acknowledged
    .filter((op): op is Extract<ModelOp, { kind: 'code' }> => op.kind === 'code')
    .filter((op) => !accounted(op.value))
    .map(
      (op) =>
        `code "${op.value}" saved on ${op.device} for ${op.record} and acknowledged is on no device and was superseded by nothing`
    );
}

/**
 * For each symbol of each live list: its presence is what some device last did with it, as
 * far as it knows or at all (an unanswered change may have been applied); a device's later
 * add or remove is never undone by its own earlier one.
 */
export function symbolViolations(server: LiveState, log: ModelLog): string[] {
  const allowed = new Map<string, Map<string, Set<boolean>>>();
  const counted = new Set<string>();
  const lastAny = new Map<string, boolean>();
  for (const op of log.ops) {
    if (op.kind !== 'symbol') continue;
    const key = `${op.record}/${op.symbol}`;
    lastAny.set(`${key}/${op.device}`, op.present);
    if (!log.counts(op)) continue;
    counted.add(key);
    if (!allowed.has(key)) allowed.set(key, new Map());
    allowed.get(key)!.set(op.device, new Set([op.present]));
  }
  const violations: string[] = [];
  for (const key of counted) {
    const [list, symbol] = key.split('/');
    const state = server.watchlists.get(list);
    if (!state) continue;
    const present = state.symbols.includes(symbol);
    const states = new Set([...allowed.get(key)!.values()].flatMap((set) => [...set]));
    for (const [deviceKey, last] of lastAny) if (deviceKey.startsWith(`${key}/`)) states.add(last);
    if (!states.has(present))
      violations.push(
        `${symbol} in ${list} is ${present ? 'present' : 'absent'}, against every device's last edit of it`
      );
  }
  return violations;
}
