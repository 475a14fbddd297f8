import { expose } from 'comlink';
import { EngineService } from '../engine/engine-service.js';
import { isProgressGift, withHeartbeats, type ProgressSink } from '../pool/heartbeat.js';

let sink: ProgressSink = { post: (beat) => self.postMessage(beat) };
// A cross-origin-isolated page shares a progress array before any call; it is not a Comlink message.
self.addEventListener('message', (event: MessageEvent) => {
  if (!isProgressGift(event.data)) return;
  sink = { shared: event.data.progress };
  event.stopImmediatePropagation();
});
expose(withHeartbeats(new EngineService(), () => sink));
