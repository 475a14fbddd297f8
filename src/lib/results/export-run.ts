import type { ScanRun } from '$lib/runs/run-store';
import { rowsToCsv } from './export-csv';
import { exportFileName } from './export-table';
import { rowsToJson } from './export-json';
import { rowsToXlsx } from './export-xlsx';

export type ExportFormat = 'csv' | 'json' | 'xlsx';

/** What an export needs of a run: its rows, their formats, and what names the file. */
export type ExportableRun = Pick<ScanRun, 'id' | 'scannerName' | 'startedAt' | 'rows' | 'columnFormats'>;

/**
 * Builds a run's rows in `format` and hands the file to the browser as `<scanner>-<date>.<format>`.
 * CSV numbers are written as the results show them unless `fullPrecision`.
 * @example await downloadRun(run, 'xlsx')
 */
export async function downloadRun(
  run: ExportableRun,
  format: ExportFormat,
  options: { fullPrecision?: boolean } = {}
): Promise<void> {
  const blob = await exportBlob(run, format, options.fullPrecision ?? false);
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = exportFileName(run.scannerName, run.startedAt, format);
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked a moment later: some browsers start reading the URL only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

async function exportBlob(run: ExportableRun, format: ExportFormat, fullPrecision: boolean): Promise<Blob> {
  if (format === 'csv')
    return new Blob([rowsToCsv(run.rows, { columnFormats: run.columnFormats, fullPrecision })], {
      type: 'text/csv;charset=utf-8'
    });
  if (format === 'json')
    return new Blob([rowsToJson(run.rows, { scanner: run.scannerName, runId: run.id, startedAt: run.startedAt })], {
      type: 'application/json'
    });
  return rowsToXlsx(run.rows, run.scannerName);
}
