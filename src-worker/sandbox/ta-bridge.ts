import type { QuickJSContext, QuickJSHandle } from 'quickjs-emscripten-core';
import { runTaFunction, seriesCount } from '../ta/run-ta-function.js';
import type { TaFunctionSpec } from '../ta/types.js';
import { bytesOf, newArrayBufferOf } from './wasm-bytes.js';

/** The compact description of every `ta` function that the prelude turns into wrappers. */
export function describeTaFunctions(specs: readonly TaFunctionSpec[]): string {
  return JSON.stringify(
    specs.map((spec, id) => [
      spec.name,
      seriesCount(spec),
      spec.options.map((o) => [o.pyName, o.defaultValue, o.min, o.max, o.integer]),
      spec.outputs.length,
      id
    ])
  );
}

/**
 * The single host function behind every `ta.*` call: it receives one packed
 * ArrayBuffer (options, then each series) and answers one ArrayBuffer with the
 * outputs one after another: the inputs are read where QuickJS put them, the
 * outputs copied in once, and no per-element work.
 */
export function createTaHostFunction(
  vm: QuickJSContext,
  specs: readonly TaFunctionSpec[],
  timeIsUp: () => boolean = () => false
): QuickJSHandle {
  const counts = specs.map(seriesCount);
  return vm.newFunction('hostTa', (idHandle, bufferHandle) => {
    // QuickJS polls its interrupt only every few thousand operations, so a loop of ta calls would outrun the time limit.
    if (timeIsUp()) throw vmError(vm, 'InternalError', 'interrupted');
    const id = vm.getNumber(idHandle);
    const spec = specs[id];
    const lifetime = vm.getArrayBuffer(bufferHandle);
    const packed = float64View(lifetime.value);
    const optionCount = spec.options.length;
    const count = counts[id];
    const bars = (packed.length - optionCount) / count;
    const options = new Array<number>(optionCount);
    for (let i = 0; i < optionCount; i++) options[i] = packed[i];
    const series = new Array<Float64Array>(count);
    for (let s = 0; s < count; s++) series[s] = packed.subarray(optionCount + s * bars, optionCount + (s + 1) * bars);
    let result: Float64Array;
    try {
      result = joined(runTaFunction(spec, series, options), bars);
    } catch (error) {
      throw error instanceof Error ? vmError(vm, error.name, error.message) : error;
    } finally {
      // The inputs are read in place in wasm memory: free them only once the outputs are copied out.
      lifetime.dispose();
    }
    return newArrayBufferOf(vm, bytesOf(result));
  });
}

/**
 * The host's copy of the wasm bytes, read in place when aligned: nothing calls into
 * wasm (whose memory may move when it grows) while they are in use.
 */
function float64View(bytes: Uint8Array): Float64Array {
  if (bytes.byteOffset % 8 === 0) return new Float64Array(bytes.buffer, bytes.byteOffset, bytes.length / 8);
  const copy = new Float64Array(bytes.length / 8);
  new Uint8Array(copy.buffer).set(bytes);
  return copy;
}

/** The outputs one after another; a lone output that is a series of its own is used as it is. */
function joined(outputs: Float64Array[], bars: number): Float64Array {
  const only = outputs[0];
  if (
    outputs.length === 1 &&
    only.length === bars &&
    only.byteOffset === 0 &&
    only.byteLength === only.buffer.byteLength
  )
    return only;
  const result = new Float64Array(outputs.length * bars);
  for (let o = 0; o < outputs.length; o++) result.set(outputs[o], o * bars);
  return result;
}

/**
 * An error to throw into the scanner, keeping its name and message: they are
 * defined, not assigned, because assigning them fails once Error.prototype is frozen.
 */
function vmError(vm: QuickJSContext, name: string, message: string): QuickJSHandle {
  const error = vm.newError();
  for (const [key, text] of [
    ['name', name],
    ['message', message]
  ]) {
    vm.newString(text).consume((value) => vm.defineProp(error, key, { value, configurable: true }));
  }
  return error;
}
