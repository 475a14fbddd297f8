export {
  createLiveStream,
  type LiveStream,
  type LiveStreamOptions,
  type LiveStreamStatus,
  type SymbolStatus
} from './live-stream.js';
export { loadStreamSettings, type StreamSettings } from './stream-config.js';
export { instrumentKey, type Instrument } from './stream-connection.js';
export type { LiveTick } from './stream-messages.js';
