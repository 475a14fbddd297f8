import wasmUrl from '@jitl/quickjs-wasmfile-release-sync/wasm?url';

let compiled: Promise<WebAssembly.Module> | null = null;

/** Compiles the QuickJS wasm once per worker; every sandbox instance reuses it. */
export function loadQuickJSWasm(): Promise<WebAssembly.Module> {
  compiled ??= WebAssembly.compileStreaming(fetch(wasmUrl));
  return compiled;
}
