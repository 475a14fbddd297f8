import { istDateOf } from '../../../src-worker/calendar/index.js';
import type { Logger } from '../../http/logger.js';
import { planCalls, symbolsToFire, type Trigger } from './plan-calls.js';
import { postJson } from './post-target.js';
import type { OpenAlgoTarget } from './target-schema.js';
import type { TargetStore } from './target-store.js';

/** OpenAlgo's strategy webhook takes at most 100 calls a minute. */
export const STRATEGY_CALLS_PER_MINUTE = 100;

export interface DispatchOptions {
  targets: TargetStore;
  logger?: Logger;
  fetcher?: typeof fetch;
  timeoutMs?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

/**
 * Fires the OpenAlgo targets for triggers, one trigger at a time (so de-duplication and the daily
 * cap see every earlier call): each enabled target whose scanners include the trigger's posts its
 * new symbols once, within its daily cap and 100 strategy calls a minute, and records every attempt.
 * @example const dispatch = createTargetDispatcher({ targets }); await dispatch(trigger)
 */
export function createTargetDispatcher(options: DispatchOptions): (trigger: Trigger) => Promise<void> {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const recentCalls = new Map<string, number[]>();
  let queue = Promise.resolve();

  async function paced(target: OpenAlgoTarget) {
    if (target.kind !== 'strategy') return;
    const calls = (recentCalls.get(target.id) ?? []).filter((at) => now() - at < 60_000);
    if (calls.length >= STRATEGY_CALLS_PER_MINUTE) await sleep(60_000 - (now() - calls[0]));
    recentCalls.set(target.id, [...calls.filter((at) => now() - at < 60_000), now()]);
  }

  async function fire(target: OpenAlgoTarget, trigger: Trigger) {
    const day = istDateOf(trigger.at);
    const keys = symbolsToFire(target, trigger, await options.targets.fired(target.id, trigger.runKey));
    if (keys.length === 0) return;
    const base = { targetId: target.id, runKey: trigger.runKey, day };
    const plan = planCalls(target, trigger, keys);
    if ('error' in plan)
      return options.targets.record({
        ...base,
        symbols: keys,
        body: '',
        status: 'refused',
        httpStatus: null,
        answer: plan.error,
        at: now()
      });
    for (const [index, call] of plan.calls.entries()) {
      if ((await options.targets.callsOn(target.id, day)) >= target.dailyCap) {
        const left = plan.calls.slice(index).flatMap((c) => c.symbols);
        return options.targets.record({
          ...base,
          symbols: left,
          body: '',
          status: 'capped',
          httpStatus: null,
          answer: `the daily cap of ${target.dailyCap} calls is reached`,
          at: now()
        });
      }
      await paced(target);
      const outcome = await postJson(plan.url, call.body, { fetcher: options.fetcher, timeoutMs: options.timeoutMs });
      if (!outcome.ok)
        options.logger?.warn('OpenAlgo alert target failed', { target: target.name, answer: outcome.answer });
      await options.targets.record({
        ...base,
        symbols: call.symbols,
        body: call.body,
        status: outcome.ok ? 'sent' : 'failed',
        httpStatus: outcome.httpStatus,
        answer: outcome.answer,
        at: now()
      });
    }
  }

  async function dispatch(trigger: Trigger) {
    for (const target of await options.targets.list()) {
      if (
        !target.enabled ||
        (target.scannerIds !== null && (trigger.scannerId === null || !target.scannerIds.includes(trigger.scannerId)))
      )
        continue;
      await fire(target, trigger).catch((error: unknown) =>
        options.logger?.warn('OpenAlgo alert target failed', { target: target.name, error: String(error) })
      );
    }
  }

  return (trigger) => {
    const done = queue.then(() => dispatch(trigger));
    queue = done.catch(() => undefined);
    return done;
  };
}
