import type { Completion, CompletionContext, CompletionResult, CompletionSource } from '@codemirror/autocomplete';
import { parseScannerHeader } from '$engine/contract/scanner-header';
import { taFunctions } from '$engine/ta/index';
import type { TaFunctionSpec } from '$engine/ta/types';
import { CONTRACT_NAMES, HEADER_TAGS } from './contract-docs';
import { taDoc } from './ta-docs';

/**
 * How a `ta` function is called, with Python-TA-Lib keyword defaults.
 * @example taSignature(taFunctions.get('EMA')!) // 'ta.EMA(real, timeperiod=30)'
 */
export function taSignature(spec: TaFunctionSpec): string {
  const inputs = spec.inputs.flatMap((input): string[] =>
    input.kind === 'real' ? [pythonInputName(input.name)] : [...input.fields]
  );
  const options = spec.options.map((option) => `${option.pyName}=${option.defaultValue}`);
  return `ta.${spec.name}(${[...inputs, ...options].join(', ')})`;
}

/** TA-Lib's C input name as Python TA-Lib spells it: `inReal0` → `real0`. */
function pythonInputName(name: string): string {
  const bare = name.replace(/^in(?=[A-Z])/, '');
  return bare.charAt(0).toLowerCase() + bare.slice(1);
}

function taReturns(spec: TaFunctionSpec): string {
  return spec.outputs.length > 1 ? ` → [${spec.outputs.join(', ')}]` : '';
}

const TA_COMPLETIONS: Completion[] = [...taFunctions.values()].map((spec) => ({
  label: spec.name,
  type: 'function',
  detail: taSignature(spec).slice(`ta.${spec.name}`.length) + taReturns(spec),
  info: taDoc(spec),
  section: spec.group
}));

const CONTRACT_COMPLETIONS: Completion[] = CONTRACT_NAMES.map((entry) => ({
  label: entry.name,
  type: entry.kind,
  detail: entry.signature,
  info: entry.doc,
  boost: 1
}));

const HEADER_COMPLETIONS: Completion[] = HEADER_TAGS.map((entry) => ({
  label: entry.tag,
  type: 'keyword',
  detail: entry.signature,
  info: entry.doc
}));

/**
 * Whether `before` (the document up to the cursor) ends inside the leading `/** … *\/` header.
 * @example inHeader('/**\n * @to') // true
 */
export function inHeader(before: string): boolean {
  return /^\s*\/\*\*(?:(?!\*\/)[\s\S])*$/.test(before);
}

/** The declared `@param`s of the document, for `params.` completion. */
function paramCompletions(context: CompletionContext): Completion[] {
  const header = parseScannerHeader(context.state.doc.toString());
  if ('error' in header) return [];
  return header.data.parameters.map((p) => ({
    label: p.name,
    type: 'property',
    detail: `${p.type} = ${String(p.default)}`,
    info: p.label
  }));
}

/**
 * Completes `ta.` with every indicator (signature and doc), `params.` with the
 * declared parameters, `@` in the header with its tags, and bare words with the scanner contract's names.
 */
export const scannerCompletionSource: CompletionSource = (context): CompletionResult | null => {
  const tag = context.matchBefore(/@\w*$/);
  if (tag && inHeader(context.state.sliceDoc(0, context.pos)))
    return { from: tag.from + 1, options: HEADER_COMPLETIONS, validFor: /^\w*$/ };
  const member = context.matchBefore(/\b(ta|params)\s*\.\s*\w*$/);
  if (member) {
    const from = member.to - /\w*$/.exec(member.text)![0].length;
    const options = member.text.startsWith('ta') ? TA_COMPLETIONS : paramCompletions(context);
    return { from, options, validFor: /^\w*$/ };
  }
  const word = context.matchBefore(/\w+$/);
  if (!word && !context.explicit) return null;
  // Not after a dot: `foo.close` is a property, not the close series.
  if (word && context.state.sliceDoc(word.from - 1, word.from) === '.') return null;
  return { from: word?.from ?? context.pos, options: CONTRACT_COMPLETIONS, validFor: /^\w*$/ };
};
