import type { ParameterDeclaration } from '../../src-worker/contract/parameters.js';
import type { ScannerMeta } from '../../src-worker/contract/scanner-header.js';
import { ScanPool } from '../../src-worker/pool/scan-pool.js';
import { usageError, type CommandOutcome } from './command-outcome.js';
import { describeDiagnostics, readScannerFile } from './scanner-file.js';

/** `fluxscan validate FILE.js`: header, syntax and static checks, without data. */
export async function validateCommand(path: string): Promise<CommandOutcome> {
  const source = await readScannerFile(path);
  if ('error' in source) return usageError(source.error);
  const pool = new ScanPool({ size: 1 });
  try {
    const validation = await pool.validate(source.data);
    const diagnostics = describeDiagnostics(path, validation.diagnostics);
    if (!validation.ok || !validation.meta) {
      const errors = validation.diagnostics.filter((d) => d.severity === 'error').length;
      return {
        exitCode: 1,
        stdout: diagnostics,
        stderr: `fluxscan: ${path} is not valid (${errors} error${errors === 1 ? '' : 's'})\n`
      };
    }
    return { exitCode: 0, stdout: `${diagnostics}${path}: valid\n${describeMeta(validation.meta)}`, stderr: '' };
  } finally {
    pool.close();
  }
}

function describeMeta(meta: ScannerMeta): string {
  const lines = [`  interval ${meta.interval}, lookback ${meta.lookback} bars`];
  for (const p of meta.parameters) {
    const label = p.label !== p.name ? ` ${p.label}` : '';
    lines.push(`  param ${p.name} ${p.type} ${JSON.stringify(p.default)}${describeRange(p)}${label}`);
  }
  return `${lines.join('\n')}\n`;
}

/** ` [2..200]` or ` [long|short]` as the header declares them; empty when unbounded. */
function describeRange(p: ParameterDeclaration): string {
  if (p.type === 'choice') return ` [${p.choices.join('|')}]`;
  if ((p.type === 'number' || p.type === 'integer') && (p.min !== undefined || p.max !== undefined))
    return ` [${p.min ?? ''}..${p.max ?? ''}]`;
  return '';
}
