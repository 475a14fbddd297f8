import type { QuickJSContext, QuickJSHandle } from 'quickjs-emscripten-core';
import type { TimeframeMemo } from './timeframe-memo.js';

/**
 * The host side of `tf(interval)`: `hostTf(interval, bars)` answers the symbol's
 * bars resampled to `interval` as visible at base bar `bars - 1`, as one
 * ArrayBuffer in PACKED_FIELDS order, or a string saying why it cannot.
 */
export function createTfHostFunction(vm: QuickJSContext, memo: () => TimeframeMemo | null): QuickJSHandle {
  return vm.newFunction('hostTf', (intervalHandle, barsHandle) => {
    const current = memo();
    if (!current) return vm.newString('tf() is only available while a scanner runs');
    const view = current.view(vm.getString(intervalHandle), vm.getNumber(barsHandle));
    if ('error' in view) return vm.newString(view.error);
    return vm.newArrayBuffer(view.packed.buffer as ArrayBuffer);
  });
}
