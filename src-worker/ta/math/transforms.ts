import { real } from '../spec-helpers.js';
import type { TaFunctionSpec } from '../types.js';

/** An element-wise math function; out-of-domain inputs give NaN (e.g. `ACOS` of a price above 1). */
function transformSpec(name: string, doc: string, fn: (v: number) => number): TaFunctionSpec {
  return {
    name,
    group: 'Math Transform',
    doc,
    inputs: [real()],
    options: [],
    outputs: ['outReal'],
    integerOutputs: false,
    compute: ([x]) => {
      const out = new Float64Array(x.length);
      for (let i = 0; i < out.length; i++) out[i] = fn(x[i]);
      return [out];
    }
  };
}

/** Vector Trigonometric ACos: `ta.ACOS(x)`. */
export const ACOS = transformSpec('ACOS', 'Vector Trigonometric ACos', Math.acos);
/** Vector Trigonometric ASin: `ta.ASIN(x)`. */
export const ASIN = transformSpec('ASIN', 'Vector Trigonometric ASin', Math.asin);
/** Vector Trigonometric ATan: `ta.ATAN(x)`. */
export const ATAN = transformSpec('ATAN', 'Vector Trigonometric ATan', Math.atan);
/** Vector Ceil: `ta.CEIL(close)`. */
export const CEIL = transformSpec('CEIL', 'Vector Ceil', Math.ceil);
/** Vector Trigonometric Cos: `ta.COS(x)`. */
export const COS = transformSpec('COS', 'Vector Trigonometric Cos', Math.cos);

/** Vector hyperbolic cosine: `ta.COSH(x)`; overflows to Infinity like TA-Lib. */
export const COSH = transformSpec('COSH', 'Vector Trigonometric Cosh', Math.cosh);

/** Vector exponential: `ta.EXP(x)`; overflows to Infinity like TA-Lib. */
export const EXP = transformSpec('EXP', 'Vector Arithmetic Exp', Math.exp);
/** Vector Floor: `ta.FLOOR(close)`. */
export const FLOOR = transformSpec('FLOOR', 'Vector Floor', Math.floor);
/** Vector Log Natural: `ta.LN(close)`. */
export const LN = transformSpec('LN', 'Vector Log Natural', Math.log);
/** Vector Log10: `ta.LOG10(close)`. */
export const LOG10 = transformSpec('LOG10', 'Vector Log10', Math.log10);
/** Vector Trigonometric Sin: `ta.SIN(x)`. */
export const SIN = transformSpec('SIN', 'Vector Trigonometric Sin', Math.sin);

/** Vector hyperbolic sine: `ta.SINH(x)`; overflows to Infinity like TA-Lib. */
export const SINH = transformSpec('SINH', 'Vector Trigonometric Sinh', Math.sinh);
/** Vector Square Root: `ta.SQRT(close)`. */
export const SQRT = transformSpec('SQRT', 'Vector Square Root', Math.sqrt);
/** Vector Trigonometric Tan: `ta.TAN(x)`. */
export const TAN = transformSpec('TAN', 'Vector Trigonometric Tan', Math.tan);
/** Vector Trigonometric Tanh: `ta.TANH(x)`. */
export const TANH = transformSpec('TANH', 'Vector Trigonometric Tanh', Math.tanh);
