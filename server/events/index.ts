export {
  createEventBus,
  type EventBus,
  type EventBusOptions,
  type ServerEvent,
  type ServerEventMap,
  type ServerEventType
} from './event-bus.js';
export { createEventRoutes, type EventRoutesOptions } from './event-routes.js';
export { throttleRunProgress } from './progress-throttle.js';
