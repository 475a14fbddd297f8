import { describe, expect, it } from 'vitest';
import { BacktestForm } from './backtest-form.svelte';

const NOW = Date.parse('2026-12-05T10:00:00+05:30');

describe('BacktestForm', () => {
  it('takes a preset’s dates and parses the horizons', () => {
    const form = new BacktestForm();
    form.preset = '3y';
    expect(form.range(NOW)).toEqual({ from: '2023-12-05', to: '2026-12-05' });
    form.horizonsText = '10 1';
    expect(form.horizons).toEqual({ data: [1, 10] });
  });

  it('checks a custom range and starts it from the last year', () => {
    const form = new BacktestForm();
    form.preset = 'custom';
    expect(form.range(NOW)).toEqual({ error: 'give both dates of the custom range' });
    form.startCustom(NOW);
    expect(form.range(NOW)).toEqual({ from: '2025-12-05', to: '2026-12-05' });
    form.customFrom = '2027-01-01';
    expect(form.range(NOW)).toEqual({ error: 'the range starts after it ends' });
  });
});
