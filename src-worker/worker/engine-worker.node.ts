import { parentPort, workerData } from 'node:worker_threads';
import { expose } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { EngineService } from '../engine/engine-service.js';
import { withHeartbeats, type ProgressSink } from '../pool/heartbeat.js';

if (!parentPort) throw new Error('the engine worker must run in a worker thread');
const port = parentPort;
const shared = (workerData as { progress?: Int32Array } | undefined)?.progress;
const sink: ProgressSink = shared ? { shared } : { post: (beat) => port.postMessage(beat) };
expose(
  withHeartbeats(new EngineService(), () => sink),
  nodeEndpoint(port)
);
