import type { QuickJSContext, QuickJSHandle } from 'quickjs-emscripten-core';
import { heapLimitBytes, type SandboxLimits } from './limits.js';
import { locateInScanner, type SourceLocation } from './source-location.js';

export interface ScannerError extends Partial<SourceLocation> {
  message: string;
}

/** Turns a QuickJS exception into a message with the user's line and column. */
export function describeError(vm: QuickJSContext, handle: QuickJSHandle, limits: SandboxLimits): ScannerError {
  const dumped: unknown = vm.dump(handle);
  const error = (typeof dumped === 'object' && dumped !== null ? dumped : { message: String(dumped) }) as Record<
    string,
    unknown
  >;
  const name = typeof error.name === 'string' ? error.name : 'Error';
  const rawMessage = typeof error.message === 'string' ? error.message : String(dumped);
  const location = locateInScanner(error.stack, error.lineNumber);
  const message =
    name === 'InternalError' && rawMessage === 'interrupted'
      ? `time limit exceeded: the scanner ran longer than ${limits.timeoutMs} ms on this symbol`
      : /out of memory/i.test(rawMessage)
        ? `memory limit exceeded: the scanner used more than ${Math.round(heapLimitBytes(limits) / 1048576)} MiB`
        : /stack overflow/i.test(rawMessage)
          ? 'stack overflow: too much recursion'
          : `${name}: ${rawMessage}`;
  return location ? { message, ...location } : { message };
}

/** The error's location with null for what is unknown, as outcomes carry it. */
export function withNulls(error: ScannerError) {
  return { message: error.message, line: error.line ?? null, column: error.column ?? null };
}
