import { parentPort } from 'node:worker_threads';
import { expose } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { EngineService } from '../engine/engine-service.js';
import { withHeartbeats } from '../pool/heartbeat.js';

if (!parentPort) throw new Error('the engine worker must run in a worker thread');
const port = parentPort;
expose(withHeartbeats(new EngineService(), (beat) => port.postMessage(beat)), nodeEndpoint(port));
