import { z } from 'zod';
import { getJson } from './api';

const listsSchema = z.object({ lists: z.array(z.object({ id: z.string(), name: z.string(), count: z.number() })) });
const listSchema = z.object({
  id: z.string(),
  name: z.string(),
  symbols: z.array(z.object({ symbol: z.string(), exchange: z.string(), name: z.string(), industry: z.string() }))
});

export type PredefinedList = z.infer<typeof listsSchema>['lists'][number];
export type ListConstituents = z.infer<typeof listSchema>;

/** The predefined NSE index lists (NIFTY 50 … TOTAL MARKET). */
export async function fetchPredefinedLists(): Promise<PredefinedList[]> {
  return (await getJson('/api/lists', listsSchema)).lists;
}

/** One predefined list's constituents. */
export function fetchPredefinedList(id: string): Promise<ListConstituents> {
  return getJson(`/api/lists/${encodeURIComponent(id)}`, listSchema);
}
