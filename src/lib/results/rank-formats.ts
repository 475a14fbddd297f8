/**
 * A run's column formats with the ranking columns' own: whole ranks and percentiles to one
 * decimal, unless the scanner formatted a column of that name itself.
 * @example withRankFormats({ Close: '1.2' }) // { rank: '1.0', percentile: '1.1', Close: '1.2' }
 */
export function withRankFormats(formats: Record<string, string>): Record<string, string> {
  return { rank: '1.0', percentile: '1.1', ...formats };
}
