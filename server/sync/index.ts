export { createSyncRoutes } from './sync-routes.js';
export type { SyncConflict, SyncedRecord, SyncRequest, SyncResponse } from './sync-schemas.js';
