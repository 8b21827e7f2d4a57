/**
 * A throw-away copy of the project whose content (or config) a test can change, to check what a
 * real build or `npm run check` says about it. Dependencies are linked; content, code and
 * config are copied: Astro compiles a component's client script through the component's real
 * path, so a linked src/ breaks the build of any page with a <script>.
 */
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';

export interface FixtureProject {
  root: string;
  write(path: string, text: string): void;
  read(path: string): string;
  /** Runs `astro build` in the copy; returns its exit code and all output. */
  build(): { status: number | null; output: string };
  remove(): void;
}

const ROOT = resolve('.');

export function fixtureProject(): FixtureProject {
  const root = mkdtempSync(join(tmpdir(), 'causeway-fixture-'));
  for (const name of ['node_modules', 'package.json', 'tsconfig.json']) symlinkSync(join(ROOT, name), join(root, name));
  for (const name of ['content', 'src', 'public', 'astro.config.mjs']) cpSync(join(ROOT, name), join(root, name), { recursive: true });
  return {
    root,
    write: (path, text) => writeFileSync(join(root, path), text),
    read: (path) => readFileSync(join(root, path), 'utf8'),
    build: () => {
      const result = spawnSync(join(ROOT, 'node_modules/.bin/astro'), ['build'], {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
        // The fixture's own Node 24, like npm scripts use, whatever Node runs the tests.
        timeout: 120_000,
      });
      return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
