import { intOption, realOption } from '../spec-helpers.js';
import type { TaOption } from '../types.js';

/** TA-Lib's TA_REAL_MAX, the bound of "unbounded" real options. */
export const REAL_MAX = 3e37;

/** An MAType option (0 = SMA … 8 = T3), e.g. `maTypeOption('optInMAType', 'matype')`. */
export const maTypeOption = (cName: string, pyName: string, defaultValue = 0): TaOption =>
  intOption(cName, pyName, defaultValue, 0, 8);

/** TA-Lib's `optInTimePeriod` option. */
export const timePeriod = (defaultValue: number, min = 2): TaOption =>
  intOption('optInTimePeriod', 'timeperiod', defaultValue, min);

/** A real option bounded only by TA-Lib's real range, e.g. a deviation multiplier. */
export const unboundedReal = (cName: string, pyName: string, defaultValue: number, min = -REAL_MAX): TaOption =>
  realOption(cName, pyName, defaultValue, min, REAL_MAX);
