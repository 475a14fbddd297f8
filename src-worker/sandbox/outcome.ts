import { z } from 'zod';

/** A column value a scanner may emit; NaN and ±Infinity arrive as null. */
export const cellSchema = z.union([z.number(), z.string(), z.boolean(), z.null()]);
export type Cell = z.infer<typeof cellSchema>;

/** What the prelude's `run` hands back for one symbol (parsed, never trusted). */
export const rawOutcomeSchema = z.object({
  match: z.boolean(),
  signal: z.string().max(40).optional(),
  columns: z.record(z.string(), cellSchema),
  formats: z.record(z.string(), z.string().max(40)),
  logs: z.array(z.string())
});
export type RawOutcome = z.infer<typeof rawOutcomeSchema>;

/** One symbol's result: a matched or unmatched row, or an error with its place in the source. */
export type SymbolOutcome =
  | {
      kind: 'result';
      symbol: string;
      exchange: string;
      match: boolean;
      signal: string | null;
      columns: Record<string, Cell>;
      formats: Record<string, string>;
      barTime: number | null;
      logs: string[];
      elapsedMs: number;
    }
  | {
      kind: 'error';
      symbol: string;
      exchange: string;
      message: string;
      line: number | null;
      column: number | null;
      elapsedMs: number;
    };
