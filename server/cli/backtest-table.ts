import type { HorizonSummary } from '../../src-worker/backtest/types.js';
import type { BacktestReport } from './backtest-report.js';

const COLUMNS: [keyof HorizonSummary, string][] = [
  ['events', 'Events'],
  ['winRate', 'Win %'],
  ['mean', 'Mean %'],
  ['median', 'Median %'],
  ['p10', 'P10 %'],
  ['p90', 'P90 %'],
  ['meanMfe', 'MFE %'],
  ['meanMae', 'MAE %'],
  ['meanExcess', 'Excess %']
];

/** Right-aligned columns under their titles. */
function alignedTable(header: string[], rows: string[][]): string[] {
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i].length)));
  return [header, ...rows].map((row) => row.map((cell, i) => cell.padStart(widths[i])).join('  '));
}

const figure = (value: number | null | undefined) =>
  value === null || value === undefined ? '–' : Number.isInteger(value) ? String(value) : value.toFixed(2);

/**
 * The `--format table` view: the summary per horizon (all signals, then first
 * signals only), the notes, the errors and a stats line; events are in json/csv.
 */
export function formatBacktestTable(report: BacktestReport): string {
  const { summary, horizons, errors, stats, events } = report;
  const columns = COLUMNS.filter(
    ([key]) => key !== 'meanExcess' || horizons.some((h) => summary.horizons[h]?.meanExcess !== undefined)
  );
  const section = (title: string, byHorizon: Record<string, HorizonSummary>) => [
    title,
    ...alignedTable(
      ['Bars', ...columns.map(([, name]) => name)],
      horizons.map((h) => [String(h), ...columns.map(([key]) => figure(byHorizon[h]?.[key]))])
    )
  ];
  const out = [
    ...section(`All signals (${events.length})`, summary.horizons),
    '',
    ...section(
      `First signal only (repeats within the horizon left out: ${horizons.map((h) => `${h}: ${summary.repeats[h]}`).join(', ')})`,
      summary.firstOnly
    ),
    '',
    ...summary.notes.map((note) => `Note: ${note}`)
  ];
  if (errors.length > 0) {
    out.push('', `Errors (${errors.length}):`);
    for (const error of errors)
      out.push(`  ${error.symbol}: ${error.line === null ? '' : `line ${error.line}: `}${error.message}`);
  }
  out.push(
    '',
    `${stats.symbols} symbols, ${stats.evaluations} bars evaluated in ${Math.round(stats.elapsedMs)} ms (${Math.round(stats.evaluationsPerSecond)} per second)`
  );
  return `${out.join('\n')}\n`;
}
