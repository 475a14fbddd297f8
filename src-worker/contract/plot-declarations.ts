import { z } from 'zod';
import { taFunctions } from '../ta/index.js';
import { seriesCount } from '../ta/run-ta-function.js';
import type { PriceField, TaFunctionSpec } from '../ta/types.js';
import type { ParameterDeclaration } from './parameters.js';

/** The candle fields a plot can feed a `ta` function. */
export const PLOT_INPUTS = ['open', 'high', 'low', 'close', 'volume', 'time'] as const satisfies readonly PriceField[];
/** Where a plot is drawn: over the candles, or in a pane of its own below them. */
export const PLOT_PANES = ['price', 'lower'] as const;
/**
 * How a plot is drawn: `line`s; a `histogram` of each output; a `band` filled between
 * the first and the last output; ICHIMOKU's `cloud` (span A and span B shifted forward by
 * the displacement and filled between, the lagging line shifted back).
 */
export const PLOT_STYLES = ['line', 'histogram', 'band', 'cloud'] as const;
/** The most guide lines one plot may ask for; more would hide the plot itself. */
const MAX_LEVELS = 8;

/** An option as written: a number, or a numeric parameter (`params.fast`) resolved with the run's values. */
const plotOptionSchema = z.union([z.number(), z.object({ param: z.string() })]);
export type PlotOption = z.infer<typeof plotOptionSchema>;

/** One `@plot` line: a `ta` call over candle fields, checked against the function's own inputs, options and outputs. */
export const plotDeclarationSchema = z
  .object({
    fn: z.string(),
    inputs: z.array(
      z.enum(PLOT_INPUTS, {
        error: (issue) => `"${String(issue.input)}" is not a candle field (${PLOT_INPUTS.join(', ')})`
      })
    ),
    options: z.array(plotOptionSchema),
    output: z.number().int().min(0).optional(),
    pane: z
      .enum(PLOT_PANES, { error: (issue) => `pane=${String(issue.input)} is not one of ${PLOT_PANES.join(', ')}` })
      .default('price'),
    label: z.string().min(1).max(120).optional(),
    style: z
      .enum(PLOT_STYLES, { error: (issue) => `style=${String(issue.input)} is not one of ${PLOT_STYLES.join(', ')}` })
      .default('line'),
    /** Horizontal guide lines on the plot's pane (e.g. 30 and 70 for an RSI), replacing the function's own. */
    levels: z.array(z.number().finite()).min(1).max(MAX_LEVELS, `levels= takes at most ${MAX_LEVELS} values`).optional()
  })
  .superRefine((plot, ctx) => {
    const spec = taFunctions.get(plot.fn);
    if (!spec) {
      ctx.addIssue({ code: 'custom', path: ['fn'], message: 'not a ta function' });
      return;
    }
    const inputs = seriesCount(spec);
    if (plot.inputs.length !== inputs) {
      ctx.addIssue({
        code: 'custom',
        path: ['inputs'],
        message: `takes ${inputs} input series, e.g. ${exampleCall(spec)}, got ${plot.inputs.length}`
      });
    }
    if (plot.options.length > spec.options.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: `takes at most ${plural(spec.options.length, 'option')} (${optionNames(spec)}), got ${plot.options.length}`
      });
    }
    plot.options.forEach((option, i) => {
      const problem = typeof option === 'number' && i < spec.options.length ? optionProblem(spec, i, option) : null;
      if (problem) ctx.addIssue({ code: 'custom', path: ['options', i], message: problem });
    });
    if (plot.output !== undefined && plot.output >= spec.outputs.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['output'],
        message: `has ${plural(spec.outputs.length, 'output')}, so [${plot.output}] is out of range`
      });
    }
    const styleProblem = plotStyleProblem(spec, plot.style, plot.output);
    if (styleProblem) ctx.addIssue({ code: 'custom', path: ['style'], message: styleProblem });
  });
export type PlotDeclaration = z.infer<typeof plotDeclarationSchema>;

/** A declaration with its parameters replaced by the run's values and every option filled in. */
export interface ResolvedPlot {
  fn: string;
  inputs: PriceField[];
  options: number[];
  output?: number;
  pane: (typeof PLOT_PANES)[number];
  label: string;
  style: (typeof PLOT_STYLES)[number];
  levels?: number[];
}

/** Why a function cannot be drawn in a style, or null: a band needs two outputs, the cloud is ICHIMOKU's. */
function plotStyleProblem(
  spec: TaFunctionSpec,
  style: (typeof PLOT_STYLES)[number],
  output: number | undefined
): string | null {
  if (style === 'band' && (output !== undefined || spec.outputs.length < 2))
    return 'style=band fills between two outputs, so it needs a function with several and no [output]';
  if (style === 'cloud' && (spec.name !== 'ICHIMOKU' || output !== undefined))
    return 'style=cloud draws the whole of ICHIMOKU, without an [output]';
  return null;
}

// EMA(close, 20)[0] then `key=value` pairs; an optional `ta.` prefix reads like the scanner code.
const PLOT = /^(?:ta\.)?(\w+)\s*\(([^)]*)\)\s*(?:\[\s*(\w+)\s*\])?\s*(.*)$/;
const SETTING = /^(\w+)=("(?:[^"\\]|\\.)*"|\S+)\s*/;
const PARAM_REFERENCE = /^params\.(\w+)$/;
const PLOT_SYNTAX = 'expected "FN(inputs, options)[output] pane=lower label=\\"…\\"", e.g. "EMA(close, 20)"';

/**
 * Reads the text after `@plot`; option references must name a declared number or integer parameter.
 * @example parsePlotDeclaration('RSI(close, 14) pane=lower label="RSI 14"', []) // { data: { fn: 'RSI', inputs: ['close'], options: [14], pane: 'lower', label: 'RSI 14' } }
 */
export function parsePlotDeclaration(
  text: string,
  parameters: readonly ParameterDeclaration[]
): { data: PlotDeclaration } | { error: string } {
  const match = PLOT.exec(text);
  if (!match) return { error: PLOT_SYNTAX };
  const [, fn, argumentText, outputText, settingsText] = match;
  const args = argumentText.trim() === '' ? [] : argumentText.split(',').map((arg) => arg.trim());
  const firstOption = args.findIndex(isOptionText);
  const inputs = firstOption === -1 ? args : args.slice(0, firstOption);
  const optionTexts = firstOption === -1 ? [] : args.slice(firstOption);
  const options: PlotOption[] = [];
  for (const optionText of optionTexts) {
    const reference = PARAM_REFERENCE.exec(optionText);
    if (reference) {
      const parameter = parameters.find((p) => p.name === reference[1]);
      if (!parameter || (parameter.type !== 'number' && parameter.type !== 'integer')) {
        return { error: `${fn}: ${optionText} is not a declared number or integer parameter` };
      }
      options.push({ param: parameter.name });
    } else if (isOptionText(optionText)) {
      options.push(Number(optionText));
    } else {
      return { error: `${fn}: "${optionText}" comes after an option; inputs come first, e.g. ${fn}(close, 20)` };
    }
  }
  if (outputText !== undefined && !/^\d+$/.test(outputText))
    return { error: `${fn}: the output [${outputText}] is not an index such as [0]` };
  const settings = parseSettings(settingsText);
  if ('error' in settings) return { error: `${fn}: ${settings.error}` };
  const candidate = {
    fn,
    inputs,
    options,
    output: outputText === undefined ? undefined : Number(outputText),
    ...settings.data
  };
  const parsed = plotDeclarationSchema.safeParse(candidate);
  if (!parsed.success) return { error: `${fn}: ${parsed.error.issues[0].message}` };
  // A parameter's default must suit the option it feeds; a run's own value is checked when the plot is resolved.
  const spec = taFunctions.get(parsed.data.fn)!;
  for (const [i, option] of parsed.data.options.entries()) {
    if (typeof option === 'number') continue;
    const fallback = parameters.find((p) => p.name === option.param)?.default;
    const problem = typeof fallback === 'number' ? optionProblem(spec, i, fallback) : null;
    if (problem) return { error: `${fn}: params.${option.param} defaults to a value the option refuses: ${problem}` };
  }
  return { data: parsed.data };
}

/**
 * The plot with the run's parameter values put in and missing options set to the function's defaults;
 * a value outside the option's range (a parameter overridden for the run) is an error.
 * @example resolvePlot({ fn: 'EMA', inputs: ['close'], options: [{ param: 'fast' }], pane: 'price' }, { fast: 10 }) // { data: { …, options: [10], label: 'EMA(close, 10)' } }
 */
export function resolvePlot(
  plot: PlotDeclaration,
  params: Readonly<Record<string, unknown>>
): { data: ResolvedPlot } | { error: string } {
  const spec = taFunctions.get(plot.fn);
  if (!spec) return { error: `${plot.fn} is not a ta function` };
  const written: number[] = [];
  for (const [i, option] of plot.options.entries()) {
    if (typeof option !== 'number' && typeof params[option.param] !== 'number')
      return { error: `${plot.fn}: params.${option.param} has no number value` };
    const value = typeof option === 'number' ? option : (params[option.param] as number);
    const problem = optionProblem(spec, i, value);
    if (problem) return { error: `${plot.fn}: ${problem}` };
    written.push(value);
  }
  const options = spec.options.map((option, i) => written[i] ?? option.defaultValue);
  const call = `${plot.fn}(${[...plot.inputs, ...written].join(', ')})${plot.output === undefined ? '' : `[${plot.output}]`}`;
  return {
    data: {
      fn: plot.fn,
      inputs: plot.inputs,
      options,
      output: plot.output,
      pane: plot.pane,
      label: plot.label ?? call,
      style: plot.style,
      ...(plot.levels && { levels: plot.levels })
    }
  };
}

type PlotSettings = { pane?: string; label?: string; style?: string; levels?: number[] };
const SETTING_KEYS = ['pane', 'label', 'style', 'levels'] as const;

/** `pane=lower label="RSI 14" style=histogram levels=30,70`: each setting once, values quoted when they hold spaces. */
function parseSettings(text: string): { data: PlotSettings } | { error: string } {
  const settings: PlotSettings = {};
  let rest = text.trim();
  while (rest) {
    const setting = SETTING.exec(rest);
    if (!setting) return { error: `"${rest}" is not a setting such as pane=lower or label="RSI 14"` };
    const [whole, key, rawValue] = setting;
    if (!isSettingKey(key)) return { error: `unknown setting ${key}; plots take pane=, label=, style= and levels=` };
    if (settings[key] !== undefined) return { error: `${key} is set twice` };
    const value = rawValue.startsWith('"') ? unquote(rawValue) : rawValue;
    if (value === null) return { error: `${key}=${rawValue} is not a valid quoted string` };
    if (key === 'levels') {
      const levels = parseLevels(value);
      if ('error' in levels) return levels;
      settings.levels = levels.data;
    } else settings[key] = value;
    rest = rest.slice(whole.length);
  }
  return { data: settings };
}

/** `30,70` or `-100,0,100`: finite numbers separated by commas. */
function parseLevels(text: string): { data: number[] } | { error: string } {
  const parts = text.split(',').map((part) => part.trim());
  const bad = parts.find((part) => part === '' || !Number.isFinite(Number(part)));
  if (bad !== undefined)
    return {
      error: `levels=${text}: ${bad === '' ? 'an empty value' : `"${bad}"`} is not a number; write levels=30,70`
    };
  return { data: parts.map(Number) };
}

function optionProblem(spec: TaFunctionSpec, index: number, value: number): string | null {
  const option = spec.options[index];
  if (!Number.isFinite(value)) return `${option.pyName} ${value} is not a number`;
  if (option.integer && !Number.isInteger(value)) return `${option.pyName} ${value} is not a whole number`;
  if (value < option.min || value > option.max)
    return `${option.pyName} ${value} is outside [${option.min}..${option.max}]`;
  return null;
}

const isSettingKey = (key: string): key is (typeof SETTING_KEYS)[number] =>
  (SETTING_KEYS as readonly string[]).includes(key);
const isOptionText = (text: string) => PARAM_REFERENCE.test(text) || (text !== '' && Number.isFinite(Number(text)));
/** `EMA(close)`, `SUPERTREND(high, low, close)`: a real input is shown fed with `close`. */
const exampleCall = (spec: TaFunctionSpec) =>
  `${spec.name}(${spec.inputs.flatMap((input): readonly PriceField[] => (input.kind === 'price' ? input.fields : ['close'])).join(', ')})`;
const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;
const optionNames = (spec: TaFunctionSpec) => spec.options.map((option) => option.pyName).join(', ');

function unquote(quoted: string): string | null {
  try {
    return JSON.parse(quoted) as string;
  } catch {
    return null;
  }
}
