import { downloadBlob } from './download';
import {
  cloneScanner,
  deleteScanner,
  exportScannerFile,
  importScannerFile,
  listScanners,
  scannerFileName,
  type SavedScanner
} from './scanner-store';

/** The scanners screen's state: the saved scanners, the search, and the last action's message. */
export class ScannerList {
  scanners = $state<SavedScanner[]>([]);
  loaded = $state(false);
  query = $state('');
  notice = $state<{ kind: 'success' | 'error'; text: string } | null>(null);

  /** Scanners whose name, category or description contains the search text. */
  readonly visible = $derived.by(() => {
    const query = this.query.trim().toLowerCase();
    if (!query) return this.scanners;
    return this.scanners.filter((s) =>
      [s.name, s.category, s.description].some((text) => text.toLowerCase().includes(query))
    );
  });

  async refresh() {
    this.scanners = await listScanners();
    this.loaded = true;
  }

  async clone(scanner: SavedScanner) {
    await this.act(async () => {
      const copy = await cloneScanner(scanner.id);
      return `Cloned as "${copy.name}"`;
    });
  }

  async remove(scanner: SavedScanner) {
    await this.act(async () => {
      await deleteScanner(scanner.id);
      return `Deleted "${scanner.name}"`;
    });
  }

  exportFile(scanner: SavedScanner) {
    downloadBlob(exportScannerFile(scanner), scannerFileName(scanner));
  }

  async importFiles(files: readonly File[]) {
    await this.act(async () => {
      const imported: string[] = [];
      for (const file of files) {
        const result = await importScannerFile(await file.text(), file.name);
        if ('error' in result)
          throw new Error(imported.length ? `Imported ${imported.join(', ')}; ${result.error}` : result.error);
        imported.push(`"${result.data.name}"`);
      }
      return `Imported ${imported.join(', ')}`;
    });
  }

  private async act(action: () => Promise<string>) {
    try {
      this.notice = { kind: 'success', text: await action() };
    } catch (error) {
      this.notice = { kind: 'error', text: (error as Error).message };
    }
    await this.refresh();
  }
}
