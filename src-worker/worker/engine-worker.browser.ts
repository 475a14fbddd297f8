import { expose } from 'comlink';
import { EngineService } from '../engine/engine-service.js';
import { withHeartbeats } from '../pool/heartbeat.js';

expose(withHeartbeats(new EngineService(), (beat) => self.postMessage(beat)));
