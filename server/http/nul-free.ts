import { z } from 'zod';

export const NUL_MESSAGE = 'must not contain the NUL character (\\u0000)';

/**
 * A zod refinement: every string (and object key) anywhere in the value that holds U+0000 is an
 * issue at its own path. SQLite's text functions and the C side of drivers stop at NUL, so such
 * text would be stored cut short (and names would collide on their prefix). Walks without
 * recursion, so deeply nested JSON cannot exhaust the stack.
 * @example z.unknown().superRefine(refuseNul)
 */
export function refuseNul(value: unknown, ctx: z.RefinementCtx): void {
  // Each entry links to its parent, so a path is only spelled out for an issue.
  type Entry = { value: unknown; key: PropertyKey | null; parent: Entry | null };
  const pathOf = (entry: Entry | null): PropertyKey[] => {
    const path: PropertyKey[] = [];
    for (let at = entry; at && at.key !== null; at = at.parent) path.unshift(at.key);
    return path;
  };
  const pending: Entry[] = [{ value, key: null, parent: null }];
  for (let entry = pending.pop(); entry; entry = pending.pop()) {
    const current = entry;
    if (typeof current.value === 'string') {
      if (current.value.includes('\u0000'))
        ctx.addIssue({ code: 'custom', path: pathOf(current), message: NUL_MESSAGE });
    } else if (Array.isArray(current.value)) {
      current.value.forEach((element, index) => pending.push({ value: element, key: index, parent: current }));
    } else if (current.value !== null && typeof current.value === 'object') {
      for (const [key, element] of Object.entries(current.value)) {
        if (key.includes('\u0000'))
          ctx.addIssue({ code: 'custom', path: pathOf(current), message: `a field name ${NUL_MESSAGE}` });
        else pending.push({ value: element, key, parent: current });
      }
    }
  }
}

/**
 * `schema`, after refusing NUL characters anywhere in the input.
 * @example withoutNul(scannerCreateSchema).parse(body)
 */
export const withoutNul = <T extends z.ZodType>(schema: T) => z.unknown().superRefine(refuseNul).pipe(schema);
