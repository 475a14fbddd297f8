import type { Diagnostic as EditorDiagnostic } from '@codemirror/lint';
import type { Text } from '@codemirror/state';
import type { Diagnostic } from '$engine/contract/static-checks';

/**
 * Engine diagnostics (1-based line and column) as editor lint markers: each one
 * spans the word it points at, or its whole line when it points past the end.
 * @example toEditorDiagnostics([{ severity: 'error', message: 'x', line: 2, column: 1 }], doc)[0].from // doc.line(2).from
 */
export function toEditorDiagnostics(diagnostics: readonly Diagnostic[], doc: Text): EditorDiagnostic[] {
  return diagnostics.map((d) => {
    const line = doc.line(Math.min(Math.max(1, d.line), doc.lines));
    const from = line.from + Math.max(0, d.column - 1);
    const message = `Line ${d.line}: ${d.message}`;
    if (from >= line.to) return { from: line.from, to: line.to, severity: d.severity, message };
    const token = /^(\w+|\S)/.exec(doc.sliceString(from, line.to));
    return { from, to: from + (token?.[0].length ?? 1), severity: d.severity, message };
  });
}

/**
 * The line a run error names, from the engine's "line 12:5: …" messages.
 * @example lineOfMessage('line 3:7: ReferenceError: x is not defined') // 3
 */
export function lineOfMessage(message: string): number | null {
  const match = /^line (\d+)(?::\d+)?:/.exec(message);
  return match ? Number(match[1]) : null;
}
