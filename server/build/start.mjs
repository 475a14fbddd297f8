// `npm start`: compiles the server when its sources are newer than its build, then runs it
// (which builds the app the same way before it serves it).
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { staleReason, ensureCompiledRuntime } from './compiled-runtime.mjs';

const reason = staleReason();
if (reason !== null) console.log(`Compiling the FluxScan server (${reason})…`);
await import(pathToFileURL(join(await ensureCompiledRuntime(), 'start.mjs')).href);
