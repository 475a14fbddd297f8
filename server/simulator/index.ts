export { createSimulatorApp, type Simulator, type SimulatorOptions, type SimulatorRequest } from './simulator-app.js';
export { startSimulator, type RunningSimulator, type StartSimulatorOptions } from './start-simulator.js';
export type { SimulatorFaults } from './faults.js';
export type { TimestampFormat } from './endpoint-handlers.js';
