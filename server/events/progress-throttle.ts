import type { EventBus, ServerEventMap } from './event-bus.js';

type Progress = ServerEventMap['run-progress'];

/**
 * Publishes a run's progress at most once per `minIntervalMs` (250 ms = 4 a second); the latest
 * value held back is published by `flush()`, which the run calls before it reports its end.
 * @example const progress = throttleRunProgress(bus); scan({ onProgress: (p) => progress.update({ runId, ...p }) })
 */
export function throttleRunProgress(bus: EventBus, { minIntervalMs = 250, now = () => performance.now() } = {}) {
  let lastPublished = -Infinity;
  let pending: Progress | null = null;
  return {
    update(progress: Progress) {
      if (now() - lastPublished >= minIntervalMs) {
        lastPublished = now();
        pending = null;
        bus.publish('run-progress', progress);
      } else {
        pending = progress;
      }
    },
    flush() {
      if (pending) bus.publish('run-progress', pending);
      pending = null;
    }
  };
}
