import { z } from 'zod';
import { parameterSchema, type ParameterDeclaration } from './parameters.js';

/** Bar intervals a scanner can ask for (OpenAlgo's names). */
export const INTERVALS = ['1m', '3m', '5m', '10m', '15m', '30m', '1h', 'D', 'W', 'M'] as const;
export const intervalSchema = z.enum(INTERVALS);

export const scannerMetaSchema = z.object({
  name: z.string().min(1).max(120).optional(),
  description: z.string().max(2000).optional(),
  category: z.string().max(60).optional(),
  interval: intervalSchema.default('D'),
  lookback: z.number().int().min(1).max(20_000).default(250),
  parameters: z.array(parameterSchema)
});
export type ScannerMeta = z.infer<typeof scannerMetaSchema>;

const TAG = /^\s*\*?\s*@(\w+)\s*(.*?)\s*$/;
// @param name type default [range-or-choices] label…
const PARAM = /^(\w+)\s+(number|integer|boolean|string|choice)\s+("(?:[^"\\]|\\.)*"|\S+)\s*(?:\[([^\]]*)\])?\s*(.*)$/;

/**
 * Reads the declarations at the top of a scanner: a leading `/** … *\/` block with
 * `@name`, `@category`, `@description`, `@interval D`, `@lookback 250` and
 * `@param fast integer 10 [2..200] Fast EMA period` lines
 * (`choice` params list options as `[long|short]`).
 * @example parseScannerHeader('/** @interval D *\/\nFilter = 1').data.interval // 'D'
 */
export function parseScannerHeader(source: string): { data: ScannerMeta } | { error: string } {
  const block = /^\s*\/\*\*([\s\S]*?)\*\//.exec(source);
  const raw: Record<string, unknown> = { parameters: [] };
  const parameters: ParameterDeclaration[] = [];
  const lines = block ? block[1].split('\n') : [];
  for (let i = 0; i < lines.length; i++) {
    const tag = TAG.exec(lines[i]);
    if (!tag) continue;
    const [, key, value] = tag;
    const where = `line ${i + 1}: @${key}`;
    if (key === 'param') {
      const parsed = parseParam(value);
      if ('error' in parsed) return { error: `${where}: ${parsed.error}` };
      parameters.push(parsed.data);
    } else if (key === 'lookback') {
      raw.lookback = Number(value);
    } else if (['name', 'description', 'category', 'interval'].includes(key)) {
      raw[key] = value;
    }
  }
  raw.parameters = parameters;
  const names = parameters.map((p) => p.name);
  const duplicate = names.find((name, i) => names.indexOf(name) !== i);
  if (duplicate) return { error: `@param ${duplicate} is declared twice` };
  const parsed = scannerMetaSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { error: `@${issue.path.join('.')}: ${issue.message}` };
  }
  return { data: parsed.data };
}

function parseParam(text: string): { data: ParameterDeclaration } | { error: string } {
  const match = PARAM.exec(text);
  if (!match) return { error: 'expected "name type default [range] label", e.g. "fast integer 10 [2..200] Fast EMA"' };
  const [, name, type, rawDefault, range, label] = match;
  const defaultText = rawDefault.startsWith('"') ? (JSON.parse(rawDefault) as string) : rawDefault;
  const base = { name, label: label || name };
  let candidate: unknown;
  if (type === 'number' || type === 'integer') {
    const [min, max] = (range ?? '').split('..').map((s) => (s.trim() === '' ? undefined : Number(s)));
    candidate = { ...base, type, default: Number(defaultText), min, max };
  } else if (type === 'boolean') {
    if (defaultText !== 'true' && defaultText !== 'false') return { error: 'a boolean default is true or false' };
    candidate = { ...base, type, default: defaultText === 'true' };
  } else if (type === 'choice') {
    const choices = (range ?? '').split('|').map((c) => c.trim()).filter(Boolean);
    if (!choices.includes(defaultText)) return { error: `the default "${defaultText}" is not one of [${choices.join('|')}]` };
    candidate = { ...base, type, default: defaultText, choices };
  } else {
    candidate = { ...base, type, default: defaultText };
  }
  const parsed = parameterSchema.safeParse(candidate);
  if (!parsed.success) return { error: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
  return { data: parsed.data };
}
