import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realTasks } from '../../tests/fixtures/real-candles.js';
import { defaultSandboxLimits } from '../sandbox/limits.js';
import { ScannerSandbox } from '../sandbox/scanner-sandbox.js';

const SCANNER = `AddColumn('Industry', industry);
AddColumn('Known', industry !== null);
Filter = industry === null || industry === 'Information Technology';`;

let sandbox: ScannerSandbox;
beforeAll(async () => {
  sandbox = await ScannerSandbox.create(defaultSandboxLimits);
  expect(sandbox.compile(SCANNER)).toEqual({ ok: true });
});
afterAll(() => sandbox.dispose());

describe('industry inside a scanner', () => {
  const [infy, itc] = realTasks(120, ['INFY', 'ITC']);

  it("is the symbol's industry in a scan, and null when the task has none", () => {
    expect(sandbox.run({ ...infy, industry: 'Information Technology' }, '{}')).toMatchObject({
      match: true,
      columns: { Industry: 'Information Technology', Known: true }
    });
    expect(sandbox.run({ ...itc, industry: 'Fast Moving Consumer Goods' }, '{}')).toMatchObject({ match: false });
    expect(sandbox.run(itc, '{}')).toMatchObject({ match: true, columns: { Industry: null, Known: false } });
  });

  it('is the same on every replayed bar', () => {
    const outcomes = sandbox.replay({ ...infy, industry: 'Information Technology' }, 100, 119, '{}');
    expect(outcomes).toHaveLength(20);
    for (const outcome of outcomes)
      expect(outcome).toMatchObject({ kind: 'result', match: true, columns: { Industry: 'Information Technology' } });
  });
});
