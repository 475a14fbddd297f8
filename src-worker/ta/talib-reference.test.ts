import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseHistoryCsv } from '../candles/history-csv.js';
import { lastBars, type CandleColumns } from '../candles/types.js';
import { taFunctions } from './index.js';
import type { PriceField, TaFunctionSpec } from './types.js';

/** TA-Lib C outputs recorded on real NSE series, kept gzipped in the repository's test fixtures (not shipped). */
const referencePath = fileURLToPath(
  new URL('../../tests/fixtures/talib-reference/talib-reference.json.gz', import.meta.url)
);
const candlePath = (file: string) => fileURLToPath(new URL(`../../server/data/nifty50-daily/${file}`, import.meta.url));

interface ReferenceCase {
  fn: string;
  dataset: string;
  inputs: Record<string, PriceField | PriceField[]>;
  options: Record<string, number>;
  outputs: Record<string, (number | null)[]>;
}
interface Reference {
  datasets: { symbol: string; file: string; bars: number }[];
  cases: ReferenceCase[];
}

/** The functions this release promises to match TA-Lib exactly. */
const REQUIRED = `SMA EMA WMA DEMA TEMA TRIMA KAMA T3 MA BBANDS SAR MIDPOINT MIDPRICE
  RSI MACD MACDFIX STOCH STOCHF STOCHRSI ADX ADXR PLUS_DI MINUS_DI PLUS_DM MINUS_DM DX CCI MFI WILLR ROC ROCP ROCR MOM AROON AROONOSC APO PPO CMO BOP TRIX ULTOSC
  OBV AD ADOSC ATR NATR TRANGE AVGPRICE MEDPRICE TYPPRICE WCLPRICE
  STDDEV VAR LINEARREG LINEARREG_SLOPE LINEARREG_ANGLE LINEARREG_INTERCEPT TSF CORREL BETA MAX MIN SUM MAXINDEX MININDEX
  CDLDOJI CDLHAMMER CDLINVERTEDHAMMER CDLHANGINGMAN CDLSHOOTINGSTAR CDLENGULFING CDLHARAMI CDLMORNINGSTAR CDLEVENINGSTAR CDLPIERCING CDLDARKCLOUDCOVER CDL3WHITESOLDIERS CDL3BLACKCROWS CDLMARUBOZU CDLSPINNINGTOP CDLDRAGONFLYDOJI CDLGRAVESTONEDOJI`
  .split(/\s+/)
  .filter(Boolean);

const reference = JSON.parse(gunzipSync(readFileSync(referencePath)).toString('utf8')) as Reference;
const datasets = new Map<string, CandleColumns>(
  reference.datasets.map((dataset) => {
    const parsed = parseHistoryCsv(readFileSync(candlePath(dataset.file), 'utf8'));
    if ('error' in parsed) throw new Error(`${dataset.file}: ${parsed.error}`);
    return [dataset.symbol, lastBars(parsed.data, dataset.bars)];
  })
);

/** Runs one reference case through our implementation; returns the first mismatch, if any. */
function firstMismatch(spec: TaFunctionSpec, testCase: ReferenceCase): string | null {
  const candles = datasets.get(testCase.dataset)!;
  const series = Object.values(testCase.inputs).flatMap((fields) =>
    (Array.isArray(fields) ? fields : [fields]).map((field) => candles[field])
  );
  const options = spec.options.map((option) => testCase.options[option.cName] ?? option.defaultValue);
  const outputs = spec.compute(series, options);
  const names = Object.keys(testCase.outputs);
  if (outputs.length !== names.length) return `${outputs.length} outputs, TA-Lib has ${names.length}`;
  for (let o = 0; o < names.length; o++) {
    const expected = testCase.outputs[names[o]];
    const actual = outputs[o];
    if (actual.length !== expected.length) return `${names[o]}: length ${actual.length}, expected ${expected.length}`;
    for (let i = 0; i < expected.length; i++) {
      const want = expected[i];
      const got = actual[i];
      if (want === null) {
        // null is TA-Lib's lookback (we answer NaN), or an overflow such as EXP(1500):
        // JSON has no Infinity, so the reference stores TA-Lib's Infinity as null too.
        if (Number.isFinite(got)) return `${names[o]}[${i}]: ${got}, expected no value (NaN, or Infinity on overflow)`;
        continue;
      }
      const tolerance = spec.integerOutputs ? 0 : 1e-9 * Math.max(1, Math.abs(want));
      if (!(Math.abs(got - want) <= tolerance)) return `${names[o]}[${i}]: ${got}, expected ${want}`;
    }
  }
  return null;
}

const casesByFunction = new Map<string, ReferenceCase[]>();
for (const testCase of reference.cases) {
  casesByFunction.set(testCase.fn, [...(casesByFunction.get(testCase.fn) ?? []), testCase]);
}

describe('ta matches the TA-Lib C library', () => {
  for (const [name, cases] of casesByFunction) {
    const spec = taFunctions.get(name);
    if (!spec) continue;
    for (const testCase of cases) {
      it(`${name} ${testCase.dataset} ${JSON.stringify(testCase.options)}`, () => {
        expect(firstMismatch(spec, testCase)).toBeNull();
      });
    }
  }

  it('implements every function this release promises', () => {
    expect(REQUIRED.filter((name) => !taFunctions.has(name))).toEqual([]);
  });

  it('reports how many TA-Lib functions match the reference', () => {
    const matching = [...casesByFunction].filter(([name, cases]) => {
      const spec = taFunctions.get(name);
      return spec !== undefined && cases.every((testCase) => firstMismatch(spec, testCase) === null);
    });
    console.log(`ta: ${matching.length} of ${casesByFunction.size} TA-Lib functions match the TA-Lib reference`);
    expect(matching.length).toBeGreaterThanOrEqual(REQUIRED.length);
  });
});
