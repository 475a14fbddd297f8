/** The header tags a saved scanner keeps in sync with its name, category and description. */
export interface HeaderMeta {
  name: string;
  category: string;
  description: string;
}

const META_TAGS = ['name', 'category', 'description'] as const;
// The same leading `/** … */` block that parseScannerHeader reads.
const HEADER_BLOCK = /^(\s*)\/\*\*([\s\S]*?)\*\//;
const META_LINE = /^\s*\*?\s*@(name|category|description)\b/;

/**
 * A header value on one line: the header is line-based, so newlines collapse to
 * spaces. A star followed by a slash would end the comment: callers refuse it.
 * @example headerText('  Breakout\n 20 day ') // 'Breakout 20 day'
 */
export function headerText(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

/**
 * The source with its `@name`, `@category` and `@description` lines set to `meta`
 * (empty values drop the tag); every other header line is kept as it is. A source
 * without a header gets one.
 * @example writeHeaderMeta('Filter = 1', { name: 'A', category: '', description: '' }) // '/**\n * @name A\n *\/\nFilter = 1'
 */
export function writeHeaderMeta(source: string, meta: HeaderMeta): string {
  const tagLines = META_TAGS.filter((tag) => headerText(meta[tag]) !== '').map(
    (tag) => ` * @${tag} ${headerText(meta[tag])}`
  );
  const block = HEADER_BLOCK.exec(source);
  if (!block) return tagLines.length ? `/**\n${tagLines.join('\n')}\n */\n${source}` : source;
  const [whole, lead, inner] = block;
  let lines = inner.split('\n');
  // A one-line header (`/** @interval D */`) becomes a multi-line one so tags can go on their own lines.
  if (lines.length === 1) lines = inner.trim() ? ['', ` * ${inner.trim()}`, ' '] : ['', ' '];
  const firstMeta = lines.findIndex((line) => META_LINE.test(line));
  const insertAt = firstMeta >= 0 ? firstMeta : 1;
  const before = lines.slice(0, insertAt);
  const after = lines.slice(insertAt).filter((line) => !META_LINE.test(line));
  return `${lead}/**${[...before, ...tagLines, ...after].join('\n')}*/${source.slice(whole.length)}`;
}

/**
 * The smallest single replacement turning `before` into `after`, so an editor can
 * apply it and keep the cursor where it was.
 * @example textChange('abc', 'aXc') // { from: 1, to: 2, insert: 'X' }
 */
export function textChange(before: string, after: string): { from: number; to: number; insert: string } | null {
  if (before === after) return null;
  let start = 0;
  const shorter = Math.min(before.length, after.length);
  while (start < shorter && before[start] === after[start]) start++;
  let end = 0;
  while (end < shorter - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  return { from: start, to: before.length - end, insert: after.slice(start, after.length - end) };
}
