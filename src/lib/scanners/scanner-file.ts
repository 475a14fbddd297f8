import { parseScannerHeader } from '$engine/contract/scanner-header';
import { writeHeaderMeta, type HeaderMeta } from './header-meta';
import type { SavedScanner } from './scanner-record';

/** Larger files are refused before they are parsed. */
export const MAX_SCANNER_FILE_BYTES = 200_000;

/**
 * A scanner's file: its JavaScript source, whose header carries name, category and description.
 * @example await exportScannerFile(scanner).text() // '/**\n * @name EMA trend …'
 */
export function exportScannerFile(scanner: SavedScanner): Blob {
  return new Blob([writeHeaderMeta(scanner.source, scanner)], { type: 'text/javascript' });
}

/**
 * A file name for the download, from the scanner's name.
 * @example scannerFileName({ name: 'EMA trend / RSI' }) // 'ema-trend-rsi.js'
 */
export function scannerFileName(scanner: Pick<SavedScanner, 'name'>): string {
  const slug = scanner.name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${slug || 'scanner'}.js`;
}

/**
 * Reads a scanner file: its header must parse; a missing `@name` falls back to the file name.
 * @example readScannerFile('/** @name A *\/\nFilter = 1', 'a.js') // { data: { name: 'A', category: '', … } }
 */
export function readScannerFile(
  text: string,
  fileName: string
): { data: HeaderMeta & { source: string } } | { error: string } {
  if (text.length > MAX_SCANNER_FILE_BYTES)
    return { error: `${fileName} is larger than ${MAX_SCANNER_FILE_BYTES / 1000} kB` };
  if (text.includes('\u0000')) return { error: `${fileName} is not a text file` };
  const header = parseScannerHeader(text);
  if ('error' in header) return { error: `${fileName}, line ${header.line}: ${header.error}` };
  const { name, category = '', description = '' } = header.data;
  const fallbackName = fileName.replace(/\.[^.]*$/, '').trim() || 'Imported scanner';
  return { data: { name: name ?? fallbackName, category, description, source: text } };
}
