import { newQuickJSWASMModuleFromVariant, newVariant, type QuickJSWASMModule } from 'quickjs-emscripten-core';
import releaseSync from '@jitl/quickjs-wasmfile-release-sync';
import { loadQuickJSWasm } from '#quickjs-wasm';
import { wasmPages, type SandboxLimits } from './limits.js';

/**
 * A fresh QuickJS wasm instance with its own fixed-maximum memory: whatever the
 * scanner does, this instance can never take more than `limits.memoryBytes`.
 */
export async function createQuickJSInstance(limits: SandboxLimits): Promise<QuickJSWASMModule> {
  const wasmModule = await loadQuickJSWasm();
  const maximum = wasmPages(limits.memoryBytes);
  const wasmMemory = new WebAssembly.Memory({ initial: 256, maximum });
  return newQuickJSWASMModuleFromVariant(newVariant(releaseSync, { wasmModule, wasmMemory }));
}
