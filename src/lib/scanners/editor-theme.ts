import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import type { Extension } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { tags } from '@lezer/highlight';

/** The editor in the app's (daisyUI) colours, readable on its dark theme. */
export const editorTheme: Extension = [
  EditorView.theme(
    {
      '&': {
        backgroundColor: 'var(--color-base-200)',
        color: 'var(--color-base-content)',
        fontSize: '13px',
        maxHeight: '70vh'
      },
      '.cm-scroller': { overflow: 'auto' },
      '.cm-content, .cm-gutter': { minHeight: '18rem' },
      '.cm-content': {
        caretColor: 'var(--color-base-content)',
        fontFamily: 'ui-monospace, SFMono-Regular, Menlo, monospace'
      },
      '.cm-gutters': {
        backgroundColor: 'var(--color-base-300)',
        color: 'color-mix(in oklab, var(--color-base-content) 60%, transparent)',
        border: 'none'
      },
      '.cm-activeLine, .cm-activeLineGutter': {
        backgroundColor: 'color-mix(in oklab, var(--color-base-content) 6%, transparent)'
      },
      '&.cm-focused .cm-selectionBackground, .cm-selectionBackground, ::selection': {
        backgroundColor: 'color-mix(in oklab, var(--color-primary) 35%, transparent)'
      },
      '&.cm-focused': { outline: '2px solid var(--color-primary)' },
      '.cm-tooltip': {
        backgroundColor: 'var(--color-base-300)',
        color: 'var(--color-base-content)',
        border: '1px solid var(--color-base-content)'
      },
      '.cm-tooltip-autocomplete > ul > li[aria-selected]': {
        backgroundColor: 'var(--color-primary)',
        color: 'var(--color-primary-content)'
      },
      '.cm-completionDetail': { opacity: '0.75' }
    },
    { dark: true }
  ),
  syntaxHighlighting(
    HighlightStyle.define([
      { tag: tags.comment, color: '#8b949e', fontStyle: 'italic' },
      { tag: [tags.keyword, tags.operatorKeyword, tags.controlKeyword], color: '#ff7b72' },
      { tag: [tags.string, tags.special(tags.string)], color: '#a5d6ff' },
      { tag: [tags.number, tags.bool, tags.null], color: '#79c0ff' },
      { tag: [tags.function(tags.variableName), tags.function(tags.propertyName)], color: '#d2a8ff' },
      { tag: [tags.definition(tags.variableName)], color: '#ffa657' },
      { tag: tags.propertyName, color: '#7ee787' },
      { tag: tags.invalid, color: '#f85149' }
    ])
  )
];
