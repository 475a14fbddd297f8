import { z } from 'zod';
import { benchmarkHeaderSchema } from '../benchmark/benchmark-symbol.js';
import { parameterSchema, type ParameterDeclaration } from './parameters.js';
import { parsePlotDeclaration, plotDeclarationSchema, type PlotDeclaration } from './plot-declarations.js';

/** Bar intervals a scanner can ask for (OpenAlgo's names). */
export const INTERVALS = ['1m', '3m', '5m', '10m', '15m', '30m', '1h', 'D', 'W', 'M'] as const;
export const intervalSchema = z.enum(INTERVALS);

export const scannerMetaSchema = z.object({
  name: z.string().min(1).max(120).optional(),
  description: z.string().max(2000).optional(),
  category: z.string().max(60).optional(),
  interval: intervalSchema.default('D'),
  lookback: z.number().int().min(1).max(20_000).default(250),
  /** `@top N`: keep the N best-ranked matches (per bar in a backtest) when the scanner sets Rank. */
  top: z.number().int().min(1).max(10_000).optional(),
  /** `@benchmark NIFTY500` (an NSE_INDEX symbol; `EXCHANGE:SYMBOL` for another exchange; `none`): the scan's `benchmark` instead of NIFTY. */
  benchmark: benchmarkHeaderSchema.optional(),
  parameters: z.array(parameterSchema),
  plots: z.array(plotDeclarationSchema).default([])
});
export type ScannerMeta = z.infer<typeof scannerMetaSchema>;

const TAG = /^\s*\*?\s*@(\w+)\s*(.*?)\s*$/;
// @param name type default [range-or-choices] label…
const PARAM = /^(\w+)\s+(number|integer|boolean|string|choice)\s+("(?:[^"\\]|\\.)*"|\S+)\s*(?:\[([^\]]*)\])?\s*(.*)$/;

/** A header problem and the scanner line it is on. */
export interface HeaderError {
  error: string;
  line: number;
}

/**
 * Reads the declarations at the top of a scanner: a leading `/** … *\/` block with
 * `@name`, `@category`, `@description`, `@interval D`, `@lookback 250`, `@top 20`, `@benchmark NIFTY500` and
 * `@param fast integer 10 [2..200] Fast EMA period` lines
 * (`choice` params list options as `[long|short]`), and `@plot EMA(close, params.fast)` or
 * `@plot RSI(close, 14) pane=lower label="RSI 14"` lines for the symbol chart. Errors carry the scanner line.
 * @example parseScannerHeader('/** @interval D *\/\nFilter = 1').data.interval // 'D'
 */
export function parseScannerHeader(source: string): { data: ScannerMeta } | HeaderError {
  const block = /^(\s*)\/\*\*([\s\S]*?)\*\//.exec(source);
  const raw: Record<string, unknown> = {};
  const parameters: ParameterDeclaration[] = [];
  const plotLines: { text: string; line: number }[] = [];
  const tagLines = new Map<string, number>();
  const firstLine = block ? block[1].split('\n').length : 1;
  const lines = block ? block[2].split('\n') : [];
  for (let i = 0; i < lines.length; i++) {
    const tag = TAG.exec(lines[i]);
    if (!tag) continue;
    const [, key, value] = tag;
    const line = firstLine + i;
    if (key === 'param') {
      const parsed = parseParam(value);
      if ('error' in parsed) return { error: `@param: ${parsed.error}`, line };
      if (parameters.some((p) => p.name === parsed.data.name))
        return { error: `@param ${parsed.data.name} is declared twice`, line };
      parameters.push(parsed.data);
    } else if (key === 'plot') {
      plotLines.push({ text: value, line });
    } else if (key === 'lookback' || key === 'top') {
      raw[key] = Number(value);
    } else if (['name', 'description', 'category', 'interval', 'benchmark'].includes(key)) {
      raw[key] = value;
    }
    tagLines.set(key, line);
  }
  raw.parameters = parameters;
  // After the loop: a plot may use a parameter declared below it.
  const plots: PlotDeclaration[] = [];
  for (const { text, line } of plotLines) {
    const parsed = parsePlotDeclaration(text, parameters);
    if ('error' in parsed) return { error: `@plot: ${parsed.error}`, line };
    plots.push(parsed.data);
  }
  raw.plots = plots;
  const parsed = scannerMetaSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const key = String(issue.path[0]);
    return { error: `@${key}: ${issue.message}`, line: tagLines.get(key) ?? firstLine };
  }
  return { data: parsed.data };
}

function parseParam(text: string): { data: ParameterDeclaration } | { error: string } {
  const match = PARAM.exec(text);
  if (!match) return { error: 'expected "name type default [range] label", e.g. "fast integer 10 [2..200] Fast EMA"' };
  const [, name, type, rawDefault, range, label] = match;
  const defaultText = rawDefault.startsWith('"') ? unquote(rawDefault) : rawDefault;
  if (defaultText === null) return { error: `${name}: the default ${rawDefault} is not a valid quoted string` };
  const base = { name, label: label || name };
  let candidate: unknown;
  if (type === 'number' || type === 'integer') {
    const limits = parseRange(range);
    if ('error' in limits) return limits;
    const value = Number(defaultText);
    if (defaultText.trim() === '' || !Number.isFinite(value))
      return { error: `${name}: the default "${defaultText}" is not a number` };
    const { min, max } = limits;
    if ((min !== undefined && value < min) || (max !== undefined && value > max)) {
      return { error: `${name}: the default ${value} is outside [${min ?? ''}..${max ?? ''}]` };
    }
    candidate = { ...base, type, default: value, min, max };
  } else if (type === 'boolean') {
    if (defaultText !== 'true' && defaultText !== 'false')
      return { error: `${name}: a boolean default is true or false` };
    candidate = { ...base, type, default: defaultText === 'true' };
  } else if (type === 'choice') {
    const choices = (range ?? '')
      .split('|')
      .map((c) => c.trim())
      .filter(Boolean);
    if (!choices.includes(defaultText))
      return { error: `${name}: the default "${defaultText}" is not one of [${choices.join('|')}]` };
    candidate = { ...base, type, default: defaultText, choices };
  } else {
    candidate = { ...base, type, default: defaultText };
  }
  const parsed = parameterSchema.safeParse(candidate);
  if (!parsed.success)
    return { error: `${name}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}` };
  return { data: parsed.data };
}

/** `[2..200]`, `[2..]` or `[..200]`; no brackets means no limits. */
function parseRange(range: string | undefined): { min?: number; max?: number } | { error: string } {
  if (range === undefined) return {};
  const parts = range.split('..');
  const bounds = parts.map((part) => (part.trim() === '' ? undefined : Number(part)));
  if (parts.length !== 2 || bounds.some((bound) => bound !== undefined && !Number.isFinite(bound))) {
    return { error: `the range [${range}] is not [min..max]` };
  }
  const [min, max] = bounds;
  if (min !== undefined && max !== undefined && min > max) return { error: `the range [${range}] has min above max` };
  return { min, max };
}

/** A double-quoted default with JSON escapes (`"a \\"b\\""`), or null when its escapes are invalid. */
function unquote(quoted: string): string | null {
  try {
    return JSON.parse(quoted) as string;
  } catch {
    return null;
  }
}

/**
 * The tags a scanner's header actually declares (`interval`, `lookback`, `param` …), as
 * opposed to values `parseScannerHeader` fills in by default.
 * @example declaredHeaderTags('/** @interval 5m *\/\nFilter = 1').has('interval') // true
 */
export function declaredHeaderTags(source: string): Set<string> {
  const block = /^\s*\/\*\*([\s\S]*?)\*\//.exec(source);
  const tags = new Set<string>();
  for (const line of block ? block[1].split('\n') : []) {
    const tag = TAG.exec(line);
    if (tag) tags.add(tag[1]);
  }
  return tags;
}
