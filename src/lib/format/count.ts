/**
 * A count with its noun in the right number.
 * @example countOf(1, 'match', 'matches') // '1 match'
 * @example countOf(3, 'error') // '3 errors'
 */
export const countOf = (count: number, singular: string, plural = `${singular}s`) =>
  `${count} ${count === 1 ? singular : plural}`;
