import { hoverTooltip, type Tooltip } from '@codemirror/view';
import { taFunctions } from '$engine/ta/index';
import type { TaFunctionSpec, TaOption } from '$engine/ta/types';

/** An option as the docs show it: `interval 1..500, default 20` (whole numbers unless marked real). */
function optionLine(option: TaOption): string {
  const range = option.max >= 1e30 ? `≥ ${option.min}` : `${option.min}..${option.max}`;
  return `${option.pyName} ${range}${option.integer ? '' : ' (real)'}, default ${option.defaultValue}`;
}

/** Python TA-Lib's spelling of an input: `inReal` → `real`. */
const inputName = (name: string) => name.replace(/^in(?=[A-Z])/, '').replace(/^./, (c) => c.toLowerCase());

/**
 * A `ta` function's reference: the call, its inputs, options with their ranges, the
 * outputs in order and the formula (the spec's doc line).
 * @example taDoc(taFunctions.get('CMF')!) // 'ta.CMF(high, low, close, volume, interval=20)\nChaikin Money Flow: …\nOptions: interval 1..500, default 20\n…'
 */
export function taDoc(spec: TaFunctionSpec): string {
  const inputs = spec.inputs.flatMap((input): string[] =>
    input.kind === 'real' ? [inputName(input.name)] : [...input.fields]
  );
  const call = `ta.${spec.name}(${[...inputs, ...spec.options.map((o) => `${o.pyName}=${o.defaultValue}`)].join(', ')})`;
  return [
    call,
    spec.doc,
    spec.options.length > 0
      ? `Options (positional or {name}): ${spec.options.map(optionLine).join('; ')}`
      : 'No options',
    spec.outputs.length > 1
      ? `Returns [${spec.outputs.join(', ')}]`
      : `Returns one series (${spec.outputs[0]}), NaN during the warm-up`,
    spec.group
  ].join('\n');
}

/** The `ta.NAME` under the pointer, if any. */
export function taFunctionAt(text: string, offset: number): { spec: TaFunctionSpec; from: number; to: number } | null {
  const pattern = /\bta\.(\w+)/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const from = match.index + 3;
    const to = from + match[1].length;
    const spec = taFunctions.get(match[1]);
    if (spec && offset >= match.index && offset <= to) return { spec, from, to };
  }
  return null;
}

/** Hovering `ta.NAME` in the editor shows the function's reference. */
export const taHover = hoverTooltip((view, pos): Tooltip | null => {
  const line = view.state.doc.lineAt(pos);
  const found = taFunctionAt(line.text, pos - line.from);
  if (!found) return null;
  return {
    pos: line.from + found.from,
    end: line.from + found.to,
    above: true,
    create: () => {
      const dom = document.createElement('pre');
      dom.className = 'max-w-md whitespace-pre-wrap p-2 text-xs';
      dom.dataset.testid = 'ta-hover';
      dom.textContent = taDoc(found.spec);
      return { dom };
    }
  };
});
