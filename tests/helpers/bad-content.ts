/**
 * The catalogue of bad inputs in tests/fixtures/bad-content/: one folder per mistake, holding
 * the content files to lay over a copy of the project, a README.md saying what is wrong, and
 * expected.txt with the exact problems the checker must report (`file: message`, one a line).
 */
import { cpSync, existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { FixtureProject } from './fixtures/project.ts';

export const BAD_CONTENT = resolve('tests/fixtures/bad-content');
export const VALID_CONTENT = resolve('tests/fixtures/valid-content');

export interface BadInput {
  name: string;
  dir: string;
  /** The exact problems, as `file: message` lines. */
  expected: string[];
  /** Case-study files the fixture adds, whose pages must never be written. */
  campaignFiles: string[];
}

function filesBelow(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? filesBelow(dir, join(prefix, d.name)) : [join(prefix, d.name)],
  );
}

export function badInputs(): BadInput[] {
  return readdirSync(BAD_CONTENT)
    .sort()
    .map((name) => {
      const dir = join(BAD_CONTENT, name);
      const expectedFile = join(dir, 'expected.txt');
      return {
        name,
        dir,
        expected: existsSync(expectedFile) ? readFileSync(expectedFile, 'utf8').split('\n').filter(Boolean) : [],
        campaignFiles: filesBelow(join(dir, 'content')).filter((f) => f.startsWith('campaigns/')),
      };
    });
}

/** Lays a fixture's content/ over the project copy. */
export function applyContent(project: FixtureProject, dir: string): void {
  cpSync(join(dir, 'content'), join(project.root, 'content'), { recursive: true });
}
