export { createOpenAlgoTargetRoutes } from './target-routes.js';
export { createTargetDispatcher, STRATEGY_CALLS_PER_MINUTE } from './dispatch-targets.js';
export { createTargetStore, type TargetStore, type TargetAttempt } from './target-store.js';
export { fireTargetsOnEvents } from './wire-targets.js';
export { startOpenAlgoTargets } from './start-targets.js';
