import { describe, expect, it } from 'vitest';
import { staticChecks } from './static-checks.js';

const TA = new Set(['EMA']);

describe("staticChecks: tf('…') intervals", () => {
  it('accepts the intervals a daily scan can build', () => {
    expect(
      staticChecks('const w = tf(\'W\');\nconst m = tf("M");\nFilter = last(w.close) > last(m.close);', TA)
    ).toEqual([]);
  });

  it('rejects a name that is not an interval, at its line and column', () => {
    expect(staticChecks("Filter = true;\n  const q = tf('Q');", TA)).toEqual([
      {
        severity: 'error',
        message: "tf('Q'): not an interval tf() supports (use e.g. 'W', 'M', 'D', '75m' or '1h')",
        line: 2,
        column: 13
      }
    ]);
  });

  it("warns when the scanner's interval cannot build it, and accepts it from 5m bars", () => {
    const source = "const h = tf('75m');\nFilter = true;";
    expect(staticChecks(source, TA, 'D')).toEqual([
      {
        severity: 'warning',
        message: "tf('75m') cannot be built from this scanner's D bars: 75m is shorter than the scan's D bars",
        line: 1,
        column: 11
      }
    ]);
    expect(staticChecks(source, TA, '5m')).toEqual([]);
    expect(staticChecks("const h = tf('7m');\nFilter = true;", TA, '5m')[0]).toMatchObject({
      severity: 'warning',
      line: 1
    });
  });

  it('ignores tf inside comments and strings', () => {
    expect(staticChecks("// tf('Q')\nconst s = \"tf('Q')\";\nFilter = true;", TA)).toEqual([]);
  });
});
