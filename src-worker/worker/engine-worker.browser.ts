import { expose } from 'comlink';
import { EngineService } from '../engine/engine-service.js';

expose(new EngineService());
