import type { EventBus } from '../../events/index.js';
import type { Logger } from '../../http/logger.js';
import type { Store } from '../../store/index.js';
import { createTargetDispatcher } from './dispatch-targets.js';
import { createTargetStore } from './target-store.js';
import { fireTargetsOnEvents } from './wire-targets.js';

/**
 * Fires the OpenAlgo alert targets on live-scan bar closes and finished scheduled runs.
 * @example const targets = await startOpenAlgoTargets({ store, bus, logger }); … targets.stop()
 */
export async function startOpenAlgoTargets(deps: {
  store: Pick<Store, 'client' | 'runs' | 'scanners'>;
  bus: EventBus;
  logger?: Logger;
}): Promise<{ stop(): void }> {
  const targets = await createTargetStore(deps.store.client);
  const dispatch = createTargetDispatcher({ targets, logger: deps.logger });
  return { stop: fireTargetsOnEvents({ ...deps, dispatch }) };
}
