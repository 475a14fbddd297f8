import type { QuickJSContext, QuickJSHandle } from 'quickjs-emscripten-core';

/** The parts of quickjs-emscripten-core's context (0.32) that its own newArrayBuffer uses. */
interface ContextInternals {
  ctx?: { value: number };
  ffi?: { QTS_NewArrayBuffer(ctx: number, pointer: number, length: number): number };
  memory?: {
    module?: { _malloc(bytes: number): number; HEAPU8: Uint8Array };
    heapValueHandle(pointer: number): QuickJSHandle;
  };
}

/**
 * A QuickJS ArrayBuffer holding a copy of `bytes`, which may be a view into a
 * larger buffer (a symbol's candles inside its batch's buffer): one copy, where
 * vm.newArrayBuffer takes a whole ArrayBuffer, and a view would first need a
 * copy of its own.
 */
export function newArrayBufferOf(vm: QuickJSContext, bytes: Uint8Array): QuickJSHandle {
  const { ctx, ffi, memory } = vm as unknown as ContextInternals;
  const module = memory?.module;
  if (!ctx || !ffi || !memory || !module || bytes.length === 0) return vm.newArrayBuffer(bytes.slice().buffer);
  const pointer = module._malloc(bytes.length);
  if (pointer === 0) return vm.newArrayBuffer(bytes.slice().buffer);
  // Read HEAPU8 after malloc: growing the wasm memory replaces it. QuickJS owns (and frees) the copy.
  module.HEAPU8.set(bytes, pointer);
  return memory.heapValueHandle(ffi.QTS_NewArrayBuffer(ctx.value, pointer, bytes.length));
}

/** The bytes of a Float64Array, as a view (no copy). */
export const bytesOf = (values: Float64Array): Uint8Array =>
  new Uint8Array(values.buffer, values.byteOffset, values.byteLength);
