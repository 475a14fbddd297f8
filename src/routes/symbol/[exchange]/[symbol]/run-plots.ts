import { declaredPlots } from '$lib/results/plot-series';
import type { ScanRun } from '$lib/runs/run-store';
import { getScanner } from '$lib/scanners/scanner-store';
import { scannerTemplates } from '$lib/scanners/scanner-templates';

/**
 * The plots declared by the scanner a run used: a saved scanner by its id, a built-in template by the
 * name the run recorded (template runs have no scanner id). A scanner that is gone draws nothing.
 * @example const { plots, problems } = await runPlots(run)
 */
export async function runPlots(run: ScanRun): Promise<ReturnType<typeof declaredPlots>> {
  const source = run.scannerId
    ? (await getScanner(run.scannerId).catch(() => null))?.source
    : scannerTemplates().find((template) => template.name === run.scannerName)?.source;
  return source ? declaredPlots(source, run.params) : { plots: [], problems: [] };
}
