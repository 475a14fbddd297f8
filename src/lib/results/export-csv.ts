import type { ScanRow } from '$engine/pool/scan-types';
import { csvField } from '$engine/export/csv-field';
import { FIXED_HEADERS, exportTable } from './export-table';

export { csvField };

export interface CsvOptions {
  /** AddColumn formats by column name: numbers are written as the results table shows them. */
  columnFormats?: Record<string, string>;
  /** Write every number with all its digits instead of as its format shows it. */
  fullPrecision?: boolean;
}

/**
 * Rows as CSV: a header line, CRLF line ends (RFC 4180), numbers as their AddColumn format shows
 * them unless `fullPrecision`.
 * @example const csv = rowsToCsv(run.rows, { columnFormats: run.columnFormats })
 */
export function rowsToCsv(rows: ScanRow[], options: CsvOptions = {}): string {
  const { headers, lines } = exportTable(rows);
  const formats = headers.map((header, i) =>
    i < FIXED_HEADERS.length || options.fullPrecision ? null : (options.columnFormats?.[header] ?? '')
  );
  return (
    [
      headers.map((header) => csvField(header)),
      ...lines.map((line) => line.map((cell, i) => csvField(cell, formats[i])))
    ]
      .map((line) => line.join(','))
      .join('\r\n') + '\r\n'
  );
}
