import { describe, expect, it } from 'vitest';
import { SCANNER_TEMPLATES } from '../templates/index.js';
import { mayWriteIntoArrays } from './array-writes.js';

describe('scanners that may write into arrays', () => {
  it.each([
    'close[close.length - 1] = 1',
    'r[i] += 1',
    'r[i]++',
    '--r[0]',
    '[r[0], r[1]] = [1, 2]',
    'for (r[0] of [1, 2]) {}',
    'r.fill(0)',
    'r.set([1], 0)',
    'r . sort()',
    "r['fill'](0)",
    'const m = "fill"; r[m](0)',
    'Array.prototype.fill.call(r, 0)',
    'new Float64Array(close.buffer)[0] = 1',
    'Reflect.set(r, 0, 1)',
    'Object.assign(r, [1])',
    'eval("r[0] = 1")',
    'x ||= r; r[0] &&= 2'
  ])('%s', (source) => {
    expect(mayWriteIntoArrays(source)).toBe(true);
  });

  it.each([
    'const fast = ta.EMA(close, 10), slow = ta.EMA(close, 20);\nFilter = crossover(fast, slow) && close[close.length - 1] > 100;',
    'const [upper, middle, lower] = ta.BBANDS(close, 20); return last(close) > last(upper) ? { signal: "BUY" } : null;',
    'if (r[r.length - 1] >= 70 && r[r.length - 2] <= 30) signal = true;',
    'const x = r[0] === 1 ? 2 : 3; const y = (a) => a[0];'
  ])('reads only: %s', (source) => {
    expect(mayWriteIntoArrays(source)).toBe(false);
  });

  it('leaves a good share of the templates on the fast path', () => {
    const readOnly = SCANNER_TEMPLATES.filter((template) => !mayWriteIntoArrays(template.source));
    expect(readOnly.length).toBeGreaterThan(0);
  });
});
