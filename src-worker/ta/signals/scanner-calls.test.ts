import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realCandles, realTasks } from '../../../tests/fixtures/real-candles.js';
import { lastBars } from '../../candles/types.js';
import { validateScanner } from '../../contract/validate-scanner.js';
import { defaultSandboxLimits } from '../../sandbox/limits.js';
import { ScannerSandbox } from '../../sandbox/scanner-sandbox.js';
import { taFunctions } from '../index.js';

const [infy] = realTasks(300, ['INFY']);
const candles = lastBars(realCandles('INFY'), 300);
let sandbox: ScannerSandbox;
beforeAll(async () => {
  sandbox = await ScannerSandbox.create(defaultSandboxLimits);
});
afterAll(() => sandbox.dispose());

function columnsOf(source: string): Record<string, unknown> {
  const compiled = sandbox.compile(source);
  if ('error' in compiled) throw new Error(compiled.error.message);
  const outcome = sandbox.run(infy, '{}');
  if (outcome.kind === 'error') throw new Error(outcome.message);
  return outcome.columns;
}

describe('the trading-signals indicators in a scanner', () => {
  it('take options positionally or by name, and return one array per documented output', () => {
    const columns = columnsOf(`
      const positional = ta.ICHIMOKU(high, low, close, 9, 26, 52, 26);
      const named = ta.ICHIMOKU(high, low, close, { conversionInterval: 9, spanBInterval: 52 });
      const [on, momentum] = ta.SQUEEZE(high, low, close);
      return { signal: 'EXPLORE', metrics: {
        outputs: positional.length, same: positional.every((line, o) => last(line) === last(named[o])),
        spanB: last(positional[3]), on: last(on), momentum: last(momentum),
        hma: last(ta.HMA(close, { interval: 20 })), rvol: last(ta.RVOL(volume, 20)), ce: last(ta.CE(high, low, close, 22, 3)[0])
      } };`);
    const host = (name: string, options: number[], fields: (keyof typeof candles)[], output = 0) => {
      const out = taFunctions.get(name)!.compute(
        fields.map((f) => candles[f]),
        options
      )[output];
      return out[out.length - 1];
    };
    expect(columns).toEqual({
      outputs: 5,
      same: true,
      spanB: host('ICHIMOKU', [9, 26, 52, 26], ['high', 'low', 'close'], 3),
      on: host('SQUEEZE', [20, 2, 1.5], ['high', 'low', 'close']),
      momentum: host('SQUEEZE', [20, 2, 1.5], ['high', 'low', 'close'], 1),
      hma: host('HMA', [20], ['close']),
      rvol: host('RVOL', [20], ['volume']),
      ce: host('CE', [22, 3], ['high', 'low', 'close'])
    });
  });

  it('reject an option out of its range and an unknown option name with the reason', () => {
    expect(() => columnsOf('return { metrics: { x: last(ta.HMA(close, 5000)) } }')).toThrow(/HMA/);
    expect(() => columnsOf('return { metrics: { x: last(ta.CMF(high, low, close, volume, { period: 3 })) } }')).toThrow(
      /unknown option "period"/
    );
  });

  it('are known to the validator, which flags a misspelt name and a wrong argument count before running', () => {
    expect(
      validateScanner(
        'const [conversion, base] = ta.ICHIMOKU(high, low, close); signal = last(conversion) > last(base);',
        sandbox
      ).diagnostics
    ).toEqual([]);
    const misspelt = validateScanner('signal = last(ta.ICHIMOKUU(high, low, close)[0]) > 0;', sandbox);
    expect(misspelt.diagnostics.map((d) => d.message).join('\n')).toMatch(/ta\.ICHIMOKUU does not exist/);
    const miscounted = validateScanner(
      'const [a] = ta.ICHIMOKU(high, low);\nsignal = last(ta.HMA(close, 20, 3)) > 0;',
      sandbox
    );
    expect(miscounted.ok).toBe(false);
    expect(miscounted.diagnostics.map((d) => [d.line, d.message])).toEqual([
      [1, 'ta.ICHIMOKU takes 3 input series (high, low, close), got 2'],
      [2, 'ta.HMA takes at most 1 option(s) after its series (interval), got 2']
    ]);
  });
});
