import { describe, expect, it } from 'vitest';
import { compareBacktests, setupDifferences } from './backtest-compare';
import { realBacktest } from './test-helpers';

describe('compareBacktests', () => {
  const left = realBacktest({ id: 'a', params: { fast: 10 } }, [1, 5, 20]);
  const right = realBacktest({ id: 'b', params: { fast: 12 } }, [5, 20]);

  it('lines up the horizons both measured, with the change from left to right', () => {
    const compared = compareBacktests(left, right);
    expect(compared.map((h) => h.horizon)).toEqual([5, 20]);
    const mean = compared[0].stats.find((s) => s.key === 'mean')!;
    expect(mean.left).toBe(mean.right);
    expect(mean.change).toBe('0.00 pp');
    expect(compared[0].stats.find((s) => s.key === 'events')!.change).toBe('0');
  });

  it('gives the change in percentage points and counts', () => {
    const shifted = realBacktest({ id: 'c' });
    shifted.summary!.horizons['5'] = {
      ...shifted.summary!.horizons['5'],
      mean: shifted.summary!.horizons['5'].mean! + 1.5,
      events: shifted.summary!.horizons['5'].events - 2
    };
    const five = compareBacktests(left, shifted).find((h) => h.horizon === 5)!;
    expect(five.stats.find((s) => s.key === 'mean')!.change).toBe('+1.50 pp');
    expect(five.stats.find((s) => s.key === 'events')!.change).toBe('−2');
  });

  it('names what differs in the setup', () => {
    expect(setupDifferences(left, right)).toEqual(['fast: 10 → 12']);
    expect(setupDifferences(left, { ...right, params: left.params, from: '2020-01-01' })).toEqual([
      `range: ${left.from} – ${left.to} → 2020-01-01 – ${right.to}`
    ]);
  });

  it('has nothing to compare while one has no summary', () => {
    expect(compareBacktests(left, { ...right, summary: null })).toEqual([]);
  });
});
