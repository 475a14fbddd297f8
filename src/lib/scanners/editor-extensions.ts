import { StateEffect, StateField, type Extension } from '@codemirror/state';
import { Decoration, EditorView, type DecorationSet } from '@codemirror/view';

/** Sets (a 1-based line) or clears (null) the highlighted line, e.g. where a test run failed. */
export const highlightLineEffect = StateEffect.define<number | null>();

const errorLine = Decoration.line({ class: 'cm-scanner-error-line', attributes: { 'data-error-line': 'true' } });

/** The highlighted line: cleared as soon as the document changes, since its line number may no longer apply. */
const highlightedLine = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(decorations, transaction) {
    let next = transaction.docChanged ? Decoration.none : decorations;
    for (const effect of transaction.effects) {
      if (!effect.is(highlightLineEffect)) continue;
      const { doc } = transaction.state;
      next =
        effect.value === null || effect.value < 1 || effect.value > doc.lines
          ? Decoration.none
          : Decoration.set([errorLine.range(doc.line(effect.value).from)]);
    }
    return next;
  },
  provide: (field) => EditorView.decorations.from(field)
});

/** The line highlight plus its look. */
export function lineHighlight(): Extension {
  return [
    highlightedLine,
    EditorView.baseTheme({ '.cm-scanner-error-line': { backgroundColor: 'rgba(239, 68, 68, 0.18)' } })
  ];
}
