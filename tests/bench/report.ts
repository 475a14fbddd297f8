import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** A goal a figure should reach; missing it is reported, never fatal. */
type Target = { atLeast: number } | { atMost: number };

/** One measured figure, or the error that kept it from being measured. */
export interface BenchResult {
  name: string;
  value: number | null;
  unit: string;
  target?: Target;
  met?: boolean;
  note?: string;
  error?: string;
}

interface BenchReport {
  machine: Record<string, unknown>;
  workload: Record<string, unknown>;
  results: BenchResult[];
  baselineRatios: Record<string, number | null>;
}

/** A figure with its target and whether it met it. @example measured('one worker', 1500, 'symbols/s', { atLeast: 20000 }) */
export function measured(name: string, value: number, unit: string, target?: Target, note?: string): BenchResult {
  const met = target === undefined ? undefined : 'atLeast' in target ? value >= target.atLeast : value <= target.atMost;
  return { name, value, unit, ...(target && { target, met }), ...(note && { note }) };
}

/** A figure that could not be measured, shown as an error in its row. */
export const failed = (name: string, unit: string, error: unknown): BenchResult => ({
  name,
  value: null,
  unit,
  error: error instanceof Error ? error.message : String(error)
});

function formatNumber(value: number, unit: string): string {
  const digits =
    unit === 'symbols/s' || unit === 'MiB' || unit === 'requests' || unit === 'tasks' ? 0 : unit === 'ms' ? 4 : 2;
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

const formatTarget = (target: Target | undefined, unit: string): string =>
  target === undefined
    ? ''
    : 'atLeast' in target
      ? `≥ ${formatNumber(target.atLeast, unit)}`
      : `≤ ${formatNumber(target.atMost, unit)}`;

/** The results as an aligned text table: measure, value, unit, target, met, note. */
export function formatTable(results: readonly BenchResult[]): string {
  const header = ['Measure', 'Value', 'Unit', 'Target', 'Met', 'Note'];
  const rows = results.map((r) => [
    r.name,
    r.value === null ? 'error' : formatNumber(r.value, r.unit),
    r.unit,
    formatTarget(r.target, r.unit),
    r.met === undefined ? '' : r.met ? 'yes' : 'no',
    // A multi-line error (e.g. Playwright's call log) shows its first line; the JSON keeps all of it.
    (r.error ?? r.note ?? '').split('\n')[0]
  ]);
  // The note column is last and left ragged, so a long error message does not widen the table.
  const widths = header.map((title, column) =>
    column === header.length - 1 ? title.length : Math.max(title.length, ...rows.map((row) => row[column].length))
  );
  const rightAligned = new Set([1]);
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => (rightAligned.has(column) ? cell.padStart(widths[column]) : cell.padEnd(widths[column])))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

/** Writes the report as pretty JSON, creating its directory. */
export function writeReport(path: string, report: BenchReport): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(report, null, 2)}\n`);
}
