#!/usr/bin/env node
// `fluxscan`: runs the compiled CLI (build-server/), compiling it first when its sources are newer.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureCompiledRuntime } from '../build/compiled-runtime.mjs';

await import(pathToFileURL(join(await ensureCompiledRuntime(), 'cli.mjs')).href);
