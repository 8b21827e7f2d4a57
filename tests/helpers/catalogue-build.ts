/**
 * Building the fixture catalogue (tests/fixtures/catalogue/): a copy of the project whose case
 * studies are the catalogue's instead of content/'s, with only the sources and terms they use.
 * Its pages, counts and orders are fixed by the catalogue alone, so adding a case study to
 * content/ never changes them. No `vitest` import here: the global setup uses this module.
 */
import { cpSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fixtureProject, type FixtureProject } from './fixture-project.ts';

export const CATALOGUE = resolve('tests/fixtures/catalogue');

/** Replaces the copy's case studies with the catalogue's and drops what they do not refer to. */
export function useCatalogue(project: FixtureProject): void {
  project.keepOnlyCampaigns([]);
  cpSync(join(CATALOGUE, 'campaigns'), join(project.root, 'content', 'campaigns'), { recursive: true });
  project.pruneUnreferenced();
}

/**
 * Builds a new copy of the project whose content `prepare` has set (a fixture such as the
 * catalogue); throws with the build output if it fails.
 */
export function buildFixture(name: string, prepare: (project: FixtureProject) => void): FixtureProject & { dist: string } {
  const project = fixtureProject();
  prepare(project);
  const result = project.build();
  if (result.status !== 0) {
    project.remove();
    throw new Error(`The ${name} did not build:\n${result.output}`);
  }
  return { ...project, dist: join(project.root, 'dist') };
}

/** Builds the catalogue in a new copy of the project. */
export const buildCatalogue = () => buildFixture('fixture catalogue', useCatalogue);
