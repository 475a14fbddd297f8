import { z } from 'zod';
import { getJson } from './api';

const recordedListSchema = z.object({ symbols: z.array(z.string()) });

/** How many real NSE daily series the built-in simulator serves as recorded (the rest are synthetic). */
export async function fetchRecordedSeriesCount(): Promise<number> {
  return (await getJson('/api/demo/series', recordedListSchema)).symbols.length;
}
