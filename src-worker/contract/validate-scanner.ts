import type { ScannerError, ScannerSandbox } from '../sandbox/scanner-sandbox.js';
import { taFunctions } from '../ta/index.js';
import { parseScannerHeader, type ScannerMeta } from './scanner-header.js';
import { staticChecks, type Diagnostic } from './static-checks.js';
import { taCallChecks } from './ta-call-checks.js';

export interface Validation {
  ok: boolean;
  meta: ScannerMeta | null;
  diagnostics: Diagnostic[];
}

const TA_NAMES: ReadonlySet<string> = new Set(taFunctions.keys());

/**
 * Validates a scanner without running it on any data: its header, a compile in
 * the sandbox (syntax errors with line and column), the static checks and the
 * argument lists of `ta` calls.
 * @example validateScanner('Filter = close >', sandbox).diagnostics[0].line // 1
 */
export function validateScanner(source: string, sandbox: ScannerSandbox): Validation {
  const diagnostics: Diagnostic[] = [];
  const header = parseScannerHeader(source);
  if ('error' in header) diagnostics.push({ severity: 'error', message: header.error, line: header.line, column: 1 });
  const compiled = sandbox.compile(source);
  if ('error' in compiled) {
    diagnostics.push(locateCompileError(source, compiled.error));
  } else {
    diagnostics.push(...staticChecks(source, TA_NAMES, 'data' in header ? header.data.interval : 'D'));
    diagnostics.push(...taCallChecks(source));
  }
  return {
    ok: diagnostics.every((d) => d.severity !== 'error'),
    meta: 'data' in header ? header.data : null,
    diagnostics: diagnostics.sort((a, b) => a.line - b.line || a.column - b.column)
  };
}

/**
 * A compile error at the scanner's line and column. When the scanner stops in the
 * middle of something, the parser only notices at the wrapper's closing brace,
 * past the last line: report that as the end of the scanner instead.
 */
function locateCompileError(source: string, error: ScannerError): Diagnostic {
  const { message, line = 1, column = 1 } = error;
  const lines = source.split('\n');
  if (line <= lines.length) return { severity: 'error', message, line, column };
  const lastLine = Math.max(1, lines.findLastIndex((text) => text.trim() !== '') + 1);
  return {
    severity: 'error',
    message: 'SyntaxError: the scanner ends too early (an expression, bracket, block or string is not finished)',
    line: lastLine,
    column: lines[lastLine - 1].length + 1
  };
}
