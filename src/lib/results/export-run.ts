import type { ScanRun } from '$lib/runs/run-store';
import { rowsToCsv } from './export-csv';
import { exportFileName } from './export-table';
import { rowsToJson } from './export-json';
import { rowsToXlsx } from './export-xlsx';

export type ExportFormat = 'csv' | 'json' | 'xlsx';

/**
 * Builds a run's rows in `format` and hands the file to the browser as `<scanner>-<date>.<format>`.
 * @example await downloadRun(run, 'xlsx')
 */
export async function downloadRun(run: ScanRun, format: ExportFormat): Promise<void> {
  const blob = await exportBlob(run, format);
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

async function exportBlob(run: ScanRun, format: ExportFormat): Promise<Blob> {
  if (format === 'csv') return new Blob([rowsToCsv(run.rows)], { type: 'text/csv;charset=utf-8' });
  if (format === 'json') return new Blob([rowsToJson(run.rows, { scanner: run.scannerName, runId: run.id, startedAt: run.startedAt })], { type: 'application/json' });
  return rowsToXlsx(run.rows, run.scannerName);
}
