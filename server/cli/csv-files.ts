import { readdir, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';

/** One candle file and the symbol it holds. */
export interface CsvFile {
  symbol: string;
  path: string;
}

const CSV_EXTENSION = /\.csv$/i;

/**
 * Expands the paths given on the command line: a file stands for itself, a
 * directory for the *.csv files in it (not its subdirectories). The symbol is the
 * file name without .csv. A missing FILE.csv is kept: it becomes that symbol's error
 * when loaded. Other missing paths, non-CSV files, empty directories and two different
 * files for one symbol are errors, since each means the scan would not cover what was asked.
 * @example await findCsvFiles(['data/M&M.csv']) // { data: [{ symbol: 'M&M', path: 'data/M&M.csv' }] }
 */
export async function findCsvFiles(paths: readonly string[]): Promise<{ data: CsvFile[] } | { error: string }> {
  const files: CsvFile[] = [];
  for (const path of paths) {
    const info = await stat(path).catch((error: NodeJS.ErrnoException) => error);
    // A named .csv file is one symbol: if it cannot be read, loading reports that symbol's error and the scan goes on.
    if (info instanceof Error && info.code === 'ENOENT' && CSV_EXTENSION.test(path)) {
      files.push(csvFile(path));
      continue;
    }
    if (info instanceof Error)
      return { error: `--csv ${path}: ${info.code === 'ENOENT' ? 'no such file or directory' : info.message}` };
    if (info.isDirectory()) {
      const entries = await readdir(path, { withFileTypes: true });
      const found = entries.filter((entry) => !entry.isDirectory() && CSV_EXTENSION.test(entry.name));
      if (found.length === 0) return { error: `--csv ${path}: the directory has no .csv files` };
      files.push(...found.map((entry) => csvFile(join(path, entry.name))));
    } else if (CSV_EXTENSION.test(path)) {
      files.push(csvFile(path));
    } else {
      return { error: `--csv ${path}: not a .csv file` };
    }
  }
  const bySymbol = new Map<string, CsvFile>();
  for (const file of files) {
    const other = bySymbol.get(file.symbol);
    if (other && resolve(other.path) !== resolve(file.path)) {
      return { error: `--csv: symbol ${file.symbol} comes from two files, ${other.path} and ${file.path}` };
    }
    bySymbol.set(file.symbol, file);
  }
  return { data: [...bySymbol.values()].sort((a, b) => (a.symbol < b.symbol ? -1 : a.symbol > b.symbol ? 1 : 0)) };
}

function csvFile(path: string): CsvFile {
  return { symbol: basename(path).replace(CSV_EXTENSION, ''), path };
}
