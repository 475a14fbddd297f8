export { createSimulatorClock, type SimulatorClock, type SimulatorClockOptions } from './simulator-clock.js';
export { startSimulatorStream, type SimulatorStream, type SimulatorStreamOptions } from './stream-server.js';
export type { StreamFaults } from './stream-session.js';
