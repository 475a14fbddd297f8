import { Lifetime, WeakLifetime, type QuickJSContext, type QuickJSHandle } from 'quickjs-emscripten-core';

/** The parts of quickjs-emscripten-core's context (0.32) that its C → host call path uses. */
interface ContextInternals {
  cToHostCallbacks?: { callFunction?: unknown };
  ffi?: {
    QTS_ArgvGetJSValueConstPointer(argv: number, index: number): number;
    QTS_DupValuePointer(ctx: number, value: number): number;
    QTS_Throw(ctx: number, error: number): number;
  };
  memory?: {
    copyJSValue: (value: number) => number;
    freeJSValue: (value: number) => void;
  };
  runtime?: unknown;
  getFunction?(id: number): (...args: QuickJSHandle[]) => unknown;
  errorToHandle?(error: unknown): QuickJSHandle;
}

type HostResult = QuickJSHandle | { value: QuickJSHandle } | { error: QuickJSHandle } | undefined | void;

/**
 * Routes the context's calls into host functions through a plain function
 * instead of the library's generator-and-scope path, which supports async host
 * functions the engine never uses and costs ~5 µs a call (a few `ta` calls per
 * symbol made it the largest fixed cost of a scan). Behaviour is the same for
 * synchronous host functions: arguments are borrowed handles, the returned
 * handle is handed to QuickJS and released, a thrown error becomes the
 * scanner's exception. Returns false, changing nothing, if the library's
 * internals are not the expected ones.
 */
export function useLeanHostCalls(vm: QuickJSContext): boolean {
  const internals = vm as unknown as ContextInternals;
  const { ffi, memory, runtime, cToHostCallbacks } = internals;
  if (!ffi || !memory || !runtime || !cToHostCallbacks || typeof cToHostCallbacks.callFunction !== 'function')
    return false;
  if (typeof internals.getFunction !== 'function' || typeof internals.errorToHandle !== 'function') return false;
  const hostFunction = internals.getFunction.bind(vm);
  const errorToHandle = internals.errorToHandle.bind(vm);
  cToHostCallbacks.callFunction = (ctx: number, _thisPtr: number, argc: number, argv: number, fnId: number): number => {
    const fn = hostFunction(fnId);
    const args = new Array<QuickJSHandle>(argc);
    for (let i = 0; i < argc; i++) {
      args[i] = new WeakLifetime(
        ffi.QTS_ArgvGetJSValueConstPointer(argv, i),
        memory.copyJSValue,
        memory.freeJSValue,
        runtime as never
      ) as unknown as QuickJSHandle;
    }
    try {
      const result = fn(...args) as HostResult;
      if (!result) return 0;
      if ('error' in result && result.error) throw result.error;
      const handle = result instanceof Lifetime ? result : (result as { value: QuickJSHandle }).value;
      const pointer = ffi.QTS_DupValuePointer(ctx, handle.value as unknown as number);
      handle.dispose();
      return pointer;
    } catch (error) {
      return errorToHandle(error).consume((handle) => ffi.QTS_Throw(ctx, handle.value));
    }
  };
  return true;
}
