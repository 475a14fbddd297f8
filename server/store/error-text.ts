/** The most of an error message FluxScan keeps, stores, publishes or returns (characters). */
export const MAX_ERROR_TEXT = 2048;

/**
 * `text` cut to MAX_ERROR_TEXT characters, saying how much was cut; shorter text is returned
 * as it is. A scanner decides what it throws, and one huge message per symbol would otherwise
 * fill the database and every answer that lists the run's errors.
 * @example capErrorText('x'.repeat(5000)) // 'xxx…x … (2952 more characters cut)' (2048 characters in all)
 */
export function capErrorText(text: string, max = MAX_ERROR_TEXT): string {
  if (text.length <= max) return text;
  const note = (cut: number) => ` … (${cut} more characters cut)`;
  let keep = max - note(text.length).length;
  // Never end on half of a surrogate pair.
  if (/[\uD800-\uDBFF]/.test(text[keep - 1] ?? '')) keep -= 1;
  return text.slice(0, keep) + note(text.length - keep);
}
