/** Lines the wrapper puts before the scanner's first line (see `wrapScannerSource`). */
export const WRAPPER_LINES = 1;

export interface SourceLocation {
  line: number;
  column: number;
}

const FRAME = /scanner\.js:(\d+)(?::(\d+))?/;

/**
 * Finds where in the scanner's own source an error happened, from a QuickJS stack
 * (`    at f (scanner.js:3:7)`), translated back to the user's line numbers.
 * @example locateInScanner('    at <eval> (scanner.js:4:2)') // { line: 3, column: 2 }
 */
export function locateInScanner(stack: unknown, fallbackLine?: unknown): SourceLocation | null {
  const match = typeof stack === 'string' ? FRAME.exec(stack) : null;
  const rawLine = match ? Number(match[1]) : typeof fallbackLine === 'number' ? fallbackLine : NaN;
  if (!Number.isFinite(rawLine)) return null;
  const line = rawLine - WRAPPER_LINES;
  if (line < 1) return null;
  return { line, column: match?.[2] ? Number(match[2]) : 1 };
}
