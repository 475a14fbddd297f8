import { timeframeChecks } from './timeframe-checks.js';

export interface Diagnostic {
  severity: 'error' | 'warning';
  message: string;
  line: number;
  column: number;
}

const OUTPUT_NAMES = ['Filter', 'signal', 'signal_type', 'metrics', 'Rank'];

/**
 * Blanks out comments and string contents (keeping line breaks and columns), so
 * the checks below only see code.
 */
export function codeOnly(source: string): string {
  return source.replace(
    /\/\*[\s\S]*?\*\/|\/\/[^\n]*|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g,
    (token) => token.replace(/[^\n]/g, ' ')
  );
}

function positionOf(source: string, index: number): { line: number; column: number } {
  const before = source.slice(0, index);
  const line = before.split('\n').length;
  return { line, column: index - before.lastIndexOf('\n') };
}

/**
 * Checks that need no execution: outputs declared with let/const (which would
 * hide them from FluxScan), code that can never produce a row, and `ta.X` names
 * that do not exist, and `tf('…')` intervals that cannot be built from `interval` bars.
 * @example staticChecks('let signal = true', new Set()) // [{severity: 'error', …}]
 */
export function staticChecks(source: string, taNames: ReadonlySet<string>, interval = 'D'): Diagnostic[] {
  const code = codeOnly(source);
  const found: Diagnostic[] = timeframeChecks(source, code, interval, positionOf);
  const shadow = new RegExp(`\\b(let|const)\\s+(${OUTPUT_NAMES.join('|')})\\b`, 'g');
  for (const match of code.matchAll(shadow)) {
    found.push({
      severity: 'error',
      message: `"${match[1]} ${match[2]}" hides FluxScan's own ${match[2]}: assign it without ${match[1]} (write "${match[2]} = …")`,
      ...positionOf(source, match.index)
    });
  }
  for (const match of code.matchAll(/\bta\s*\.\s*([A-Za-z_]\w*)/g)) {
    if (!taNames.has(match[1])) {
      const hint = [...taNames].find((name) => name.toLowerCase() === match[1].toLowerCase());
      found.push({
        severity: 'error',
        message: `ta.${match[1]} does not exist${hint ? ` (did you mean ta.${hint}?)` : ''}`,
        ...positionOf(source, match.index)
      });
    }
  }
  const assigns = (name: string) => new RegExp(`\\b${name}\\s*=(?!=)`).test(code);
  const hasReturn = /\breturn\b/.test(code);
  if (!hasReturn && !assigns('Filter') && !assigns('signal')) {
    const addsColumns = /\bAddColumn\s*\(/.test(code);
    found.push({
      severity: 'warning',
      message: addsColumns
        ? 'AddColumn without "Filter = …" never produces a row: set Filter to choose the symbols to show'
        : 'this scanner never produces a row: set "Filter = …", "signal = …" or "return { signal, metrics }"',
      line: 1,
      column: 1
    });
  }
  return found;
}
