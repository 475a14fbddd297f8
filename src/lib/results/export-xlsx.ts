import writeXlsxFile, { type SheetData } from 'write-excel-file/universal';
import type { ScanRow } from '$engine/pool/scan-types';
import { exportTable } from './export-table';

/**
 * Rows as an Excel workbook (one sheet, bold header). Cells keep their types; text is written as
 * text, never as a formula, so a scanner's string cannot run in the spreadsheet.
 * @example const blob = await rowsToXlsx(run.rows, 'EMA trend')
 */
export async function rowsToXlsx(rows: ScanRow[], sheetName: string): Promise<Blob> {
  const { headers, lines } = exportTable(rows);
  const data: SheetData = [
    headers.map((header) => ({ value: header, fontWeight: 'bold' as const })),
    ...lines.map((line) => line.map((cell) => (cell === null ? null : cell)))
  ];
  // Excel refuses sheet names over 31 characters or with []:*?/\ in them.
  const sheet =
    sheetName
      .replace(/[[\]:*?/\\]/g, ' ')
      .slice(0, 31)
      .trim() || 'Results';
  return writeXlsxFile(data, { sheet, stickyRowsCount: 1 }).toBlob();
}
