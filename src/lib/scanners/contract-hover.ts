import type { EditorState } from '@codemirror/state';
import { hoverTooltip, type Tooltip } from '@codemirror/view';
import { codeOnly } from '$engine/contract/static-checks';
import { CONTRACT_NAMES, HEADER_TAGS } from './contract-docs';
import { inHeader } from './scanner-completions';

const CONTRACT_BY_NAME = new Map(CONTRACT_NAMES.map((entry) => [entry.name, entry]));
const TAG_BY_NAME = new Map(HEADER_TAGS.map((entry) => [entry.tag, entry]));

/** A doc to show over the range it explains. */
export interface HoverDoc {
  from: number;
  to: number;
  text: string;
}

/**
 * The doc of what is under `pos`: a contract name used in code (`tf`, `benchmark`, `Rank`, `industry`, …,
 * not a property like `x.close`), or a `@tag` in the header.
 * @example contractDocAt(state, 2)?.text // "tf(interval) → { open, high, … }\nBars of a higher timeframe …" for the doc "tf('W')"
 */
export function contractDocAt(state: EditorState, pos: number): HoverDoc | null {
  const line = state.doc.lineAt(pos);
  const offset = pos - line.from;
  const start = offset - (/\w*$/.exec(line.text.slice(0, offset))?.[0].length ?? 0);
  const end = offset + (/^\w*/.exec(line.text.slice(offset))?.[0].length ?? 0);
  if (start === end) return null;
  const word = line.text.slice(start, end);
  const [from, to] = [line.from + start, line.from + end];
  if (line.text[start - 1] === '@') {
    const tag = TAG_BY_NAME.get(word);
    return tag && inHeader(state.sliceDoc(0, from))
      ? { from: from - 1, to, text: `${tag.signature}\n${tag.doc}` }
      : null;
  }
  const entry = CONTRACT_BY_NAME.get(word);
  if (!entry) return null;
  // Only the name itself in code: not a property (`weekly.close`), a comment or a string.
  if (/\.\s*$/.test(line.text.slice(0, start))) return null;
  if (codeOnly(state.doc.toString()).slice(from, to) !== word) return null;
  return { from, to, text: `${entry.signature}\n${entry.doc}` };
}

/** Hovering a contract name or a header tag in the editor shows its doc. */
export const contractHover = hoverTooltip((view, pos): Tooltip | null => {
  const found = contractDocAt(view.state, pos);
  if (!found) return null;
  return {
    pos: found.from,
    end: found.to,
    above: true,
    create: () => {
      const dom = document.createElement('pre');
      dom.className = 'max-w-md whitespace-pre-wrap p-2 text-xs';
      dom.dataset.testid = 'contract-hover';
      dom.textContent = found.text;
      return { dom };
    }
  };
});
