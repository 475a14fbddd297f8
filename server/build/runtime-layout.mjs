import { fileURLToPath } from 'node:url';

/** Where the compiled runtime lives: `build-server/` in the project, beside the sources it is built from. */
export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const RUNTIME_FOLDER = 'build-server';
/** The build's id, when it started, and the project files it read. */
export const MANIFEST = 'manifest.json';
