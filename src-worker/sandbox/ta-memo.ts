import type { QuickJSContext, QuickJSHandle } from 'quickjs-emscripten-core';
import { runTaFunction } from '../ta/run-ta-function.js';
import type { TaFunctionSpec } from '../ta/types.js';

/**
 * One symbol's `ta` results over its whole loaded history, for a replay. A series
 * is named `f<field>` for a packed candle field, or `id|options|inputKeys#output`
 * for an earlier result (see prelude-replay.ts).
 */
export class TaMemo {
  private readonly results = new Map<string, Float64Array[]>();
  /** Calls answered from the memo, and functions computed over the whole history for them. */
  readonly stats = { answered: 0, computed: 0 };

  /** `fields` are the full candle columns in PACKED_FIELDS order. */
  constructor(
    private readonly specs: readonly TaFunctionSpec[],
    private readonly fields: readonly Float64Array[]
  ) {}

  /** The full series behind an input key, or undefined for a key this memo never issued. */
  series(key: string): Float64Array | undefined {
    if (key.startsWith('f')) return this.fields[Number(key.slice(1))];
    const hash = key.lastIndexOf('#');
    return this.results.get(key.slice(0, hash))?.[Number(key.slice(hash + 1))];
  }

  /** The outputs of `call` ('id|options') on the inputs named by `inputKeys`, over the whole history, computed on first use. */
  outputs(call: string, inputKeys: readonly string[]): Float64Array[] | undefined {
    const key = `${call}|${inputKeys.join(';')}`;
    const cached = this.results.get(key);
    if (cached) return cached;
    const [id, optionText] = call.split('|');
    const spec = this.specs[Number(id)];
    const inputs = inputKeys.map((input) => this.series(input));
    if (!spec || inputs.some((input) => input === undefined)) return undefined;
    const options = optionText === '' ? [] : optionText.split(',').map(Number);
    const outputs = runTaFunction(spec, inputs as Float64Array[], options);
    this.results.set(key, outputs);
    this.stats.computed++;
    return outputs;
  }
}

/** Equal element by element, NaN equal to NaN (a `ta` lookback is NaN on both sides). */
function samePrefix(given: Float64Array, full: Float64Array): boolean {
  for (let i = 0; i < given.length; i++) {
    const a = given[i];
    const b = full[i];
    if (a !== b && !(a !== a && b !== b)) return false;
  }
  return true;
}

/**
 * The host side of `hostMemo`: checks that each input is still the prefix of the
 * full series its key names (read in place in wasm memory, no copy), then answers
 * the prefixes of the memoised outputs — or undefined, and the call runs as usual.
 */
export function createTaMemoHostFunction(vm: QuickJSContext, memo: () => TaMemo | null): QuickJSHandle {
  return vm.newFunction('hostMemo', (callHandle, barsHandle, ...inputs) => {
    const current = memo();
    if (!current) return undefined;
    const call = vm.getString(callHandle);
    const bars = vm.getNumber(barsHandle);
    const inputKeys: string[] = [];
    for (let s = 0; s + 2 < inputs.length; s += 3) {
      const key = vm.getString(inputs[s]);
      const full = current.series(key);
      if (!full || full.length < bars || !isPrefix(vm, inputs[s + 1], vm.getNumber(inputs[s + 2]), bars, full))
        return undefined;
      inputKeys.push(key);
    }
    const outputs = current.outputs(call, inputKeys);
    if (!outputs) return undefined;
    current.stats.answered++;
    const result = new Float64Array(outputs.length * bars);
    for (let o = 0; o < outputs.length; o++) result.set(outputs[o].subarray(0, bars), o * bars);
    return vm.newArrayBuffer(result.buffer);
  });
}

/** Whether the series at `byteOffset` in the QuickJS ArrayBuffer still equals the first `bars` of `full`. */
function isPrefix(
  vm: QuickJSContext,
  buffer: QuickJSHandle,
  byteOffset: number,
  bars: number,
  full: Float64Array
): boolean {
  const lifetime = vm.getArrayBuffer(buffer);
  const bytes = lifetime.value;
  const start = bytes.byteOffset + byteOffset;
  // QuickJS's copy is malloc-aligned; copy only in the unlikely case it is not.
  const given =
    start % 8 === 0
      ? new Float64Array(bytes.buffer, start, bars)
      : new Float64Array(bytes.slice(byteOffset, byteOffset + bars * 8).buffer);
  const same = samePrefix(given, full);
  lifetime.dispose();
  return same;
}
