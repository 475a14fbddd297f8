import { describe, expect, it } from 'vitest';
import { workerAssetPaths } from './worker-assets';

const WORKER = '/_app/immutable/workers/engine-worker.browser-DAf6Q0v3.js';

describe('workerAssetPaths', () => {
  it('finds dynamic chunks and import.meta.url assets of a minified worker', () => {
    const source =
      'importFFI:()=>import(`./chunks/4V2b7xu3.js`).then(e=>e.QuickJSFFI),importModuleLoader:()=>import("./chunks/XUH1lnPZ.js"),' +
      'Ym=new URL(`assets/emscripten-module-uFzwHH0Y.wasm`,import.meta.url).href';
    expect(workerAssetPaths(WORKER, source)).toEqual([
      '/_app/immutable/workers/chunks/4V2b7xu3.js',
      '/_app/immutable/workers/chunks/XUH1lnPZ.js',
      '/_app/immutable/workers/assets/emscripten-module-uFzwHH0Y.wasm'
    ]);
  });

  it('resolves static imports between chunks relative to the importing chunk, once each', () => {
    const chunk = '/_app/immutable/workers/chunks/a.js';
    const source = 'import{x}from"./b.js";import{y}from"../c.js";import("./b.js")';
    expect(workerAssetPaths(chunk, source)).toEqual([
      '/_app/immutable/workers/chunks/b.js',
      '/_app/immutable/workers/c.js'
    ]);
  });

  it('ignores bare module names and other origins', () => {
    expect(workerAssetPaths(WORKER, 'import("comlink");new URL("https://cdn.example/x.wasm",import.meta.url)')).toEqual(
      []
    );
  });
});
