import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { signalFunctions } from './index.js';

const DOCS = readFileSync(new URL('../../../docs/indicators.md', import.meta.url), 'utf8');

describe('docs/indicators.md', () => {
  it.each(signalFunctions.map((spec) => [spec.name, spec] as const))(
    'documents ta.%s with its options and outputs',
    (name, spec) => {
      const row = DOCS.split('\n').find((line) => line.startsWith(`| \`ta.${name}(`));
      expect(row, `a table row for ${name}`).toBeDefined();
      for (const option of spec.options)
        expect(row).toContain(`${option.pyName} ${option.defaultValue} [${option.min}..${option.max}]`);
      for (const output of spec.outputs) expect(row).toContain(output.replace(/^out/, ''));
    }
  );
});
