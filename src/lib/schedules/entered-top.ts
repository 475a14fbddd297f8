import { z } from 'zod';

export const ENTERED_TOP_MAX = 10_000;
const RANGE_MESSAGE = `Top N is a whole number from 1 to ${ENTERED_TOP_MAX}, or empty for off`;

/** A schedule's "entered the top N" alert as the server keeps it: N, or null when off. */
export const enteredTopSchema = z
  .number()
  .int(RANGE_MESSAGE)
  .min(1, RANGE_MESSAGE)
  .max(ENTERED_TOP_MAX, RANGE_MESSAGE)
  .nullable();

/** The form's text for it: blank is off, otherwise digits for N. */
const enteredTopTextSchema = z
  .string()
  .trim()
  .regex(/^\d*$/, RANGE_MESSAGE)
  .transform((text) => (text === '' ? null : Number(text)))
  .pipe(enteredTopSchema);

/**
 * Reads the typed top N: its number, null for off, or why it is refused.
 * @example parseEnteredTop(' 20 ') // { value: 20 }
 * @example parseEnteredTop('') // { value: null }
 */
export function parseEnteredTop(text: string): { value: number | null } | { error: string } {
  const parsed = enteredTopTextSchema.safeParse(text);
  return parsed.success ? { value: parsed.data } : { error: parsed.error.issues[0]?.message ?? RANGE_MESSAGE };
}

/** The form's text for a stored top N. */
export const enteredTopText = (top: number | null) => (top === null ? '' : String(top));
