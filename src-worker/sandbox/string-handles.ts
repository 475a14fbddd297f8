import type { QuickJSContext, QuickJSHandle } from 'quickjs-emscripten-core';

/** More distinct strings than a scan passes (an exchange or two, an interval, its parameters): past it, start over. */
const MAX_KEPT = 32;

/**
 * QuickJS strings passed with every symbol but the same for a whole scan
 * (exchange, interval, parameters JSON), made once per context instead of per
 * symbol. Strings are immutable, so sharing a handle is invisible to scanners.
 */
export class StringHandles {
  private readonly kept = new Map<string, QuickJSHandle>();

  constructor(private readonly vm: QuickJSContext) {}

  /** Handles for `texts`, owned by this cache: do not dispose them. */
  get(...texts: string[]): QuickJSHandle[] {
    // Start over before, never while, handing out a call's handles.
    if (this.kept.size + texts.length > MAX_KEPT) this.dispose();
    return texts.map((text) => {
      let handle = this.kept.get(text);
      if (!handle) {
        handle = this.vm.newString(text);
        this.kept.set(text, handle);
      }
      return handle;
    });
  }

  dispose(): void {
    for (const handle of this.kept.values()) handle.dispose();
    this.kept.clear();
  }
}
