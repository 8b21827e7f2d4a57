/** Every script answers --help with its usage, and a wrong flag with one line and the usage. */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');
const scripts = readdirSync(join(root, 'scripts')).filter((f) => f.endsWith('.ts') && f !== 'cli.ts');
const run = (script: string, ...args: string[]) =>
  spawnSync(process.execPath, [join('scripts', script), ...args], { cwd: root, encoding: 'utf8', timeout: 30_000 });

// A script loads all it imports before reading its flags: bench-scale.ts takes over 5 s on a
// busy two-core machine, so each test has as long as the spawn's own limit.
describe.each(scripts)('scripts/%s', { timeout: 30_000 }, (script) => {
  it('prints its usage for --help and exits 0', () => {
    const result = run(script, '--help');
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^Usage: /);
    expect(result.status).toBe(0);
  });

  it('refuses an unknown flag with one line and the usage, exit code 2, no stack trace', () => {
    const result = run(script, '--no-such-flag');
    expect(result.status).toBe(2);
    const [first, ...rest] = result.stderr.split('\n');
    expect(first).toBe("Error: Unknown option '--no-such-flag'.");
    expect(rest.join('\n')).toMatch(/Usage: /);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
