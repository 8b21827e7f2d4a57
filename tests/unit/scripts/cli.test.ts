/** Every script package.json runs answers --help with its usage, and a wrong flag with one line and the usage. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');
const { scripts: npmScripts } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
/** The npm scripts that run one of our scripts, with its file: `bench:scale` and `scripts/bench/scale.ts`. */
const scripts = Object.entries(npmScripts).flatMap(([name, command]) => {
  const file = /^node (scripts\/\S+\.ts)$/.exec(command)?.[1];
  return file ? [[name, file] as const] : [];
});
const run = (file: string, ...args: string[]) =>
  spawnSync(process.execPath, [file, ...args], { cwd: root, encoding: 'utf8', timeout: 30_000 });

it('finds the scripts in package.json', () => {
  expect(scripts.map(([name]) => name)).toEqual(expect.arrayContaining(['check:content', 'check:budgets', 'bench:scale', 'new']));
});

// A script loads all it imports before reading its flags: bench:scale can take over 5 s on a
// busy machine, so each test has as long as the spawn's own limit.
describe.each(scripts)('npm run %s (%s)', { timeout: 30_000 }, (name, file) => {
  it('prints its usage, naming its npm script, for --help and exits 0', () => {
    const result = run(file, '--help');
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(new RegExp(`^Usage: npm run ${name}\\b`));
    expect(result.status).toBe(0);
  });

  it('refuses an unknown flag with one line and the usage, exit code 2, no stack trace', () => {
    const result = run(file, '--no-such-flag');
    expect(result.status).toBe(2);
    const [first, ...rest] = result.stderr.split('\n');
    expect(first).toBe("Error: Unknown option '--no-such-flag'.");
    expect(rest.join('\n')).toMatch(/Usage: /);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
