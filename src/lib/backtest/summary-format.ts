import type { BacktestSummary, HorizonSummary } from '$engine/backtest/types';

/**
 * A percentage with its sign and two decimals, "—" when there is none.
 * @example formatPercent(2.5) // '+2.50 %'
 */
export function formatPercent(value: number | null | undefined, decimals = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const sign = value > 0 ? '+' : value < 0 ? '−' : '';
  return `${sign}${Math.abs(value).toFixed(decimals)} %`;
}

/** The summary table's statistics, in the order of its columns. */
export const SUMMARY_STATS: { key: keyof HorizonSummary; label: string; title: string }[] = [
  { key: 'events', label: 'Events', title: 'Events that reach this horizon' },
  { key: 'winRate', label: 'Win rate', title: 'Share of events with a positive return' },
  { key: 'mean', label: 'Mean', title: 'Mean return' },
  { key: 'median', label: 'Median', title: 'Median return' },
  { key: 'p10', label: 'P10', title: '10th percentile of returns' },
  { key: 'p25', label: 'P25', title: '25th percentile of returns' },
  { key: 'p75', label: 'P75', title: '75th percentile of returns' },
  { key: 'p90', label: 'P90', title: '90th percentile of returns' },
  { key: 'meanMfe', label: 'Mean MFE', title: 'Mean best excursion from entry' },
  { key: 'meanMae', label: 'Mean MAE', title: 'Mean worst excursion from entry' },
  { key: 'meanExcess', label: 'Excess', title: 'Mean return over the benchmark over the same bars' }
];

/** One statistic as the table shows it: a count, a win rate without sign, or a signed return. */
export function formatStat(key: keyof HorizonSummary, value: number | null | undefined): string {
  if (key === 'events') return String(value ?? 0);
  if (key === 'winRate') return value === null || value === undefined ? '—' : `${value.toFixed(1)} %`;
  return formatPercent(value);
}

export interface SummaryRow {
  horizon: number;
  label: string;
  cells: { key: keyof HorizonSummary; text: string; value: number | null }[];
  repeats: number;
  firstOnly: string;
}

/**
 * The summary as rows per horizon ("5 bars"), with the excess column only when a benchmark
 * was given, and each horizon's repeats with the first-signal-only mean beside them.
 * @example summaryRows(backtest.summary, [1, 5])[1].cells[2].text // '+1.23 %'
 */
export function summaryRows(summary: BacktestSummary, horizons: readonly number[]): SummaryRow[] {
  const withExcess = horizons.some((h) => summary.horizons[h]?.meanExcess !== undefined);
  const stats = SUMMARY_STATS.filter((stat) => stat.key !== 'meanExcess' || withExcess);
  return horizons.map((horizon) => {
    const row = summary.horizons[horizon];
    const first = summary.firstOnly[horizon];
    return {
      horizon,
      label: `${horizon} ${horizon === 1 ? 'bar' : 'bars'}`,
      cells: stats.map(({ key }) => ({ key, value: row?.[key] ?? null, text: formatStat(key, row?.[key]) })),
      repeats: summary.repeats[horizon] ?? 0,
      firstOnly: first
        ? `${first.events} events, mean ${formatPercent(first.mean)}, win ${formatStat('winRate', first.winRate)}`
        : '—'
    };
  });
}

/** The columns `summaryRows` fills, for the table's header. */
export function summaryColumns(summary: BacktestSummary): typeof SUMMARY_STATS {
  const withExcess = Object.values(summary.horizons).some((row) => row.meanExcess !== undefined);
  return SUMMARY_STATS.filter((stat) => stat.key !== 'meanExcess' || withExcess);
}
