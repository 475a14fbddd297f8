import { z } from 'zod';

/** One declared scanner parameter, as the UI renders it and the engine validates it. */
export const parameterSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('number'),
    name: z.string(),
    label: z.string(),
    default: z.number(),
    min: z.number().optional(),
    max: z.number().optional()
  }),
  z.object({
    type: z.literal('integer'),
    name: z.string(),
    label: z.string(),
    default: z.number().int(),
    min: z.number().int().optional(),
    max: z.number().int().optional()
  }),
  z.object({ type: z.literal('boolean'), name: z.string(), label: z.string(), default: z.boolean() }),
  z.object({ type: z.literal('string'), name: z.string(), label: z.string(), default: z.string() }),
  z.object({
    type: z.literal('choice'),
    name: z.string(),
    label: z.string(),
    default: z.string(),
    choices: z.array(z.string()).min(1)
  })
]);
export type ParameterDeclaration = z.infer<typeof parameterSchema>;
export type ParameterValues = Record<string, number | boolean | string>;

function valueSchema(p: ParameterDeclaration): z.ZodType<number | boolean | string> {
  switch (p.type) {
    case 'number':
    case 'integer': {
      let schema = p.type === 'integer' ? z.number().int() : z.number();
      if (p.min !== undefined) schema = schema.min(p.min);
      if (p.max !== undefined) schema = schema.max(p.max);
      return schema;
    }
    case 'boolean':
      return z.boolean();
    case 'string':
      return z.string().max(500);
    case 'choice':
      return z.enum(p.choices as [string, ...string[]]);
  }
}

/**
 * Merges overrides over the declared defaults and validates every value.
 * Unknown names are refused so a typo never silently runs with a default.
 * @example resolveParameters(decls, { fast: 12 }) // { data: { fast: 12, slow: 20 } }
 */
export function resolveParameters(
  declared: readonly ParameterDeclaration[],
  overrides: Record<string, unknown> = {}
): { data: ParameterValues } | { error: string } {
  const shape = Object.fromEntries(declared.map((p) => [p.name, valueSchema(p)]));
  const defaults = Object.fromEntries(declared.map((p) => [p.name, p.default]));
  const parsed = z.strictObject(shape).safeParse({ ...defaults, ...overrides });
  if (parsed.success) return { data: parsed.data as ParameterValues };
  const declaredNames = declared.length > 0 ? declared.map((p) => p.name).join(', ') : 'none';
  return {
    error: parsed.error.issues
      .map((issue) =>
        issue.code === 'unrecognized_keys'
          ? `unknown parameter${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')} (declared: ${declaredNames})`
          : `${issue.path.join('.')}: ${issue.message}`
      )
      .join('; ')
  };
}
