import type { ConflictNote } from '$lib/sync';

/** Where a conflict's record lives in the app. */
export const recordHref = (note: Pick<ConflictNote, 'type' | 'id'>) =>
  `/${note.type === 'scanner' ? 'scanners' : 'watchlists'}/${encodeURIComponent(note.id)}`;

/** The conflict copy's editor, when the server made one. */
export const copyHref = (note: Pick<ConflictNote, 'copyId'>) =>
  note.copyId ? `/scanners/${encodeURIComponent(note.copyId)}` : null;

/**
 * "12:04:31" today, "4 Dec, 12:04" on another day.
 * @example whenText(Date.now()) // '12:04:31'
 */
export function whenText(at: number, now = Date.now()): string {
  const date = new Date(at);
  return date.toDateString() === new Date(now).toDateString()
    ? date.toLocaleTimeString()
    : date.toLocaleString(undefined, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
}
