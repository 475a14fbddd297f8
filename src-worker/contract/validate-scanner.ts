import type { ScannerSandbox } from '../sandbox/scanner-sandbox.js';
import { taFunctions } from '../ta/index.js';
import { parseScannerHeader, type ScannerMeta } from './scanner-header.js';
import { staticChecks, type Diagnostic } from './static-checks.js';

export interface Validation {
  ok: boolean;
  meta: ScannerMeta | null;
  diagnostics: Diagnostic[];
}

const TA_NAMES: ReadonlySet<string> = new Set(taFunctions.keys());

/**
 * Validates a scanner without running it on any data: its header, a compile in
 * the sandbox (syntax errors with line and column) and the static checks.
 * @example validateScanner('Filter = close >', sandbox).diagnostics[0].line // 1
 */
export function validateScanner(source: string, sandbox: ScannerSandbox): Validation {
  const diagnostics: Diagnostic[] = [];
  const header = parseScannerHeader(source);
  if ('error' in header) diagnostics.push({ severity: 'error', message: header.error, line: 1, column: 1 });
  const compiled = sandbox.compile(source);
  if ('error' in compiled) {
    const { message, line = 1, column = 1 } = compiled.error;
    diagnostics.push({ severity: 'error', message, line, column });
  } else {
    diagnostics.push(...staticChecks(source, TA_NAMES));
  }
  return {
    ok: diagnostics.every((d) => d.severity !== 'error'),
    meta: 'data' in header ? header.data : null,
    diagnostics
  };
}
