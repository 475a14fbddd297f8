// Browser sync and server sync both judge "the code changed" with this one function.
const HEADER_BLOCK = /^\s*\/\*\*([\s\S]*?)\*\/\n?/;
const META_LINE = /^\s*\*?\s*@(name|category|description)\b/;
const BLANK_LINE = /^\s*\*?\s*$/;

/**
 * A scanner's code without the `@name`, `@category` and `@description` header lines.
 * Renaming a scanner rewrites those lines, so comparing code this way keeps a rename on
 * one device and a code edit on another from looking like two code edits.
 * @example codeOf('/**\n * @name A\n *\/\nFilter = 1') === codeOf('Filter = 1') // true
 */
export function codeOf(source: string): string {
  const block = HEADER_BLOCK.exec(source);
  if (!block) return source.trim();
  const kept = block[1].split('\n').filter((line) => !META_LINE.test(line));
  const rest = source.slice(block[0].length);
  if (kept.every((line) => BLANK_LINE.test(line))) return rest.trim();
  return `/**${kept.join('\n')}*/\n${rest}`.trim();
}
