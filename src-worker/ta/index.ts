import type { TaFunctionSpec } from './types.js';
import { overlapFunctions } from './overlap/index.js';
import { momentumFunctions } from './momentum/index.js';
import { volumeFunctions } from './volume/index.js';
import { volatilityFunctions } from './volatility/index.js';
import { priceFunctions } from './price/index.js';
import { statisticFunctions } from './statistic/index.js';
import { mathFunctions } from './math/index.js';
import { cycleFunctions } from './cycle/index.js';
import { candleFunctions } from './candles/index.js';
import { extraFunctions } from './extras/index.js';
import { signalFunctions } from './signals/index.js';

/** Every `ta` function by name: TA-Lib's, then FluxScan's extras, then the trading-signals indicators TA-Lib lacks. */
export const taFunctions: ReadonlyMap<string, TaFunctionSpec> = new Map(
  [
    ...overlapFunctions,
    ...momentumFunctions,
    ...volumeFunctions,
    ...volatilityFunctions,
    ...priceFunctions,
    ...statisticFunctions,
    ...mathFunctions,
    ...cycleFunctions,
    ...candleFunctions,
    ...extraFunctions,
    ...signalFunctions
  ].map((spec) => [spec.name, spec])
);
