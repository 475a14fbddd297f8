import type { QuickJSContext, QuickJSHandle } from 'quickjs-emscripten-core';
import { runTaFunction, seriesCount } from '../ta/run-ta-function.js';
import type { TaFunctionSpec } from '../ta/types.js';

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
 * outputs one after another, so a call costs two copies and no per-element work.
 */
export function createTaHostFunction(vm: QuickJSContext, specs: readonly TaFunctionSpec[], timeIsUp: () => boolean = () => false): QuickJSHandle {
  const counts = specs.map(seriesCount);
  return vm.newFunction('hostTa', (idHandle, bufferHandle) => {
    // QuickJS polls its interrupt only every few thousand operations, so a loop of ta calls would outrun the time limit.
    if (timeIsUp()) throw vmError(vm, 'InternalError', 'interrupted');
    const id = vm.getNumber(idHandle);
    const spec = specs[id];
    const lifetime = vm.getArrayBuffer(bufferHandle);
    // Copy out of wasm memory: it may move when QuickJS grows its heap.
    const packed = new Float64Array(lifetime.value.length / 8);
    new Uint8Array(packed.buffer).set(lifetime.value);
    lifetime.dispose();
    const optionCount = spec.options.length;
    const count = counts[id];
    const bars = (packed.length - optionCount) / count;
    const options = new Array<number>(optionCount);
    for (let i = 0; i < optionCount; i++) options[i] = packed[i];
    const series = new Array<Float64Array>(count);
    for (let s = 0; s < count; s++) series[s] = packed.subarray(optionCount + s * bars, optionCount + (s + 1) * bars);
    let outputs: Float64Array[];
    try {
      outputs = runTaFunction(spec, series, options);
    } catch (error) {
      throw error instanceof Error ? vmError(vm, error.name, error.message) : error;
    }
    const result = new Float64Array(outputs.length * bars);
    for (let o = 0; o < outputs.length; o++) result.set(outputs[o], o * bars);
    return vm.newArrayBuffer(result.buffer);
  });
}

/**
 * An error to throw into the scanner, keeping its name and message: they are
 * defined, not assigned, because assigning them fails once Error.prototype is frozen.
 */
function vmError(vm: QuickJSContext, name: string, message: string): QuickJSHandle {
  const error = vm.newError();
  for (const [key, text] of [['name', name], ['message', message]]) {
    vm.newString(text).consume((value) => vm.defineProp(error, key, { value, configurable: true }));
  }
  return error;
}
