import { readFile } from 'node:fs/promises';
import type { Diagnostic } from '../../src-worker/contract/static-checks.js';

/** The scanner's source, or why it cannot be read. */
export async function readScannerFile(path: string): Promise<{ data: string } | { error: string }> {
  try {
    return { data: await readFile(path, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (error as Error).message;
    return { error: `cannot read the scanner ${path}: ${reason}` };
  }
}

/**
 * Diagnostics as compilers print them, one per line, so editors can jump to them.
 * @example describeDiagnostics('ema.js', [{ severity: 'error', message: 'x', line: 3, column: 7 }]) // 'ema.js:3:7: error: x\n'
 */
export function describeDiagnostics(path: string, diagnostics: readonly Diagnostic[]): string {
  return diagnostics.map((d) => `${path}:${d.line}:${d.column}: ${d.severity}: ${d.message}\n`).join('');
}
