import { taFunctions } from '../ta/index.js';
import { seriesCount } from '../ta/run-ta-function.js';
import type { TaFunctionSpec } from '../ta/types.js';
import { codeOnly, type Diagnostic } from './static-checks.js';

const OPENERS = '([{';
const CLOSERS = ')]}';

/** The top-level arguments of the call whose `(` is at `open`, as written, or null when it is not closed. */
function callArguments(code: string, open: number): string[] | null {
  const args: string[] = [];
  let depth = 0;
  let start = open + 1;
  for (let i = open + 1; i < code.length; i++) {
    const char = code[i];
    if (OPENERS.includes(char)) depth++;
    else if (CLOSERS.includes(char)) {
      if (depth === 0) {
        const last = code.slice(start, i).trim();
        return last === '' && args.length === 0 ? [] : [...args, last];
      }
      depth--;
    } else if (char === ',' && depth === 0) {
      args.push(code.slice(start, i).trim());
      start = i + 1;
    }
  }
  return null;
}

/** What is wrong with a call's argument list, or null: too few series, too many options, a literal option out of range. */
function argumentProblem(spec: TaFunctionSpec, args: string[]): string | null {
  const series = seriesCount(spec);
  const inputNames = spec.inputs.flatMap((input): string[] =>
    input.kind === 'price' ? [...input.fields] : [input.name.replace(/^in/, '').toLowerCase()]
  );
  if (args.length < series)
    return `ta.${spec.name} takes ${series} input series (${inputNames.join(', ')}), got ${args.length}`;
  const options = args.slice(series);
  const named = options.length === 1 && options[0].startsWith('{');
  if (!named && options.length > spec.options.length) {
    return `ta.${spec.name} takes at most ${spec.options.length} option(s) after its series (${spec.options.map((o) => o.pyName).join(', ') || 'none'}), got ${options.length}`;
  }
  if (named) return null;
  for (const [i, text] of options.entries()) {
    if (!/^-?\d+(\.\d+)?$/.test(text)) continue;
    const [value, option] = [Number(text), spec.options[i]];
    if (value < option.min || value > option.max || (option.integer && !Number.isInteger(value))) {
      return `ta.${spec.name}: ${option.pyName} ${text} is outside [${option.min}..${option.max}]${option.integer ? ' (a whole number)' : ''}`;
    }
  }
  return null;
}

/**
 * Checks every `ta.NAME(…)` call's argument count, and literal options against their
 * ranges, before the scanner runs; calls with a spread (`...args`) are left to run time.
 * @example taCallChecks('ta.HMA(close, 20, 3)') // [{ severity: 'error', message: 'ta.HMA takes at most 1 option(s) …', line: 1, column: 1 }]
 */
export function taCallChecks(source: string): Diagnostic[] {
  const code = codeOnly(source);
  const found: Diagnostic[] = [];
  for (const match of code.matchAll(/\bta\s*\.\s*([A-Za-z_]\w*)\s*\(/g)) {
    const spec = taFunctions.get(match[1]);
    const args = spec ? callArguments(code, match.index + match[0].length - 1) : null;
    if (!spec || !args || args.some((arg) => arg.startsWith('...'))) continue;
    const problem = argumentProblem(spec, args);
    if (!problem) continue;
    const before = source.slice(0, match.index);
    found.push({
      severity: 'error',
      message: problem,
      line: before.split('\n').length,
      column: match.index - before.lastIndexOf('\n')
    });
  }
  return found;
}
