import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const README = readFileSync(`${ROOT}README.md`, 'utf8');
const EXAMPLE_SCANNER = readFileSync(fileURLToPath(new URL('./examples/ema-trend-rsi.js', import.meta.url)), 'utf8');

/** The fenced blocks of one README section, by language. */
function blocksOf(section: string, language: string): string[] {
  const body = README.split(/^## /m).find((part) => part.startsWith(`${section}\n`));
  if (!body) throw new Error(`README has no "## ${section}" section`);
  return [...body.matchAll(new RegExp('```' + language + '\\n([\\s\\S]*?)```', 'g'))].map(([, block]) => block);
}

function runShell(command: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  return new Promise((resolve, reject) => {
    const child = spawn('sh', ['-c', command], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const commands = blocksOf('Command line', 'sh').flatMap((block) =>
  block.split('\n').filter((line) => line.trim() !== '')
);

describe('the README command line examples', () => {
  it("name a scanner file that ships with the project and is the README's own example scanner", () => {
    const [readmeScanner] = blocksOf('Writing a scanner', 'js');
    expect(EXAMPLE_SCANNER).toBe(readmeScanner);
    expect(commands.length).toBeGreaterThanOrEqual(3);
  });

  it.each(commands)('%s works as written from the repository root', async (command) => {
    const run = await runShell(command);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    if (command.includes('--format json')) {
      const output = JSON.parse(run.stdout);
      expect(output.stats.errors).toBe(0);
      expect(output.stats.symbols).toBe(command.match(/\.csv\b/g)?.length);
    } else {
      expect(run.stdout.length).toBeGreaterThan(0);
    }
  });
});
