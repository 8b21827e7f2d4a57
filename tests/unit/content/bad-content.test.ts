/**
 * The catalogue of bad inputs (tests/fixtures/bad-content/): each fixture, laid over a copy of
 * the project, makes the checker report exactly the problems in its expected.txt, no more, no
 * fewer. tests/site/bad-content-build.test.ts runs a real build over a representative few.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/content/check.node.ts';
import { applyContent, badInputs, VALID_CONTENT } from '../../helpers/bad-content.ts';
import { fixtureProject, type FixtureProject } from '../../helpers/fixtures/project.ts';

let project: FixtureProject | undefined;
afterEach(() => {
  project?.remove();
  project = undefined;
});

/** The checker's problems after laying `dir` over a fresh copy of the project. */
function problemsWith(dir: string): string[] {
  project = fixtureProject();
  applyContent(project, dir);
  return checkContent(project.root).problems.map((p) => `${p.file}: ${p.message}`);
}

// Each fixture is checked in a copy of the project: about a second each, several on a busy machine.
describe('the catalogue of bad inputs', { timeout: 30_000 }, () => {
  const inputs = badInputs();

  it('holds at least 20 fixtures, each explained and each with the problems it must produce', () => {
    expect(inputs.length).toBeGreaterThanOrEqual(20);
    for (const input of inputs) {
      expect(existsSync(join(input.dir, 'README.md')), `${input.name}/README.md`).toBe(true);
      expect(input.expected.length, `${input.name}/expected.txt`).toBeGreaterThan(0);
    }
  });

  it('starts from a valid case study: the control fixture passes', () => {
    expect(problemsWith(VALID_CONTENT)).toEqual([]);
  });

  for (const input of inputs) {
    it(`${input.name}: reports exactly what expected.txt says`, () => {
      expect(problemsWith(input.dir)).toEqual(input.expected);
    });
  }
});
