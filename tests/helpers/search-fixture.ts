/**
 * A build of the project with made-up campaigns added (tests/fixtures/campaigns/), so the
 * search tests can check aliases, facets and sorting on several campaigns before the real
 * case studies exist. The fixture pages live only in a temporary copy, never in content/.
 */
import { cpSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fixtureProject, type FixtureProject } from './fixture-project.ts';

export const FIXTURE_CAMPAIGNS = resolve('tests/fixtures/campaigns');

/** Builds the copy with the fixture campaigns; throws with the build output if it fails. */
export function buildSearchFixture(): FixtureProject & { dist: string } {
  const project = fixtureProject();
  // One real case study beside the made-up ones keeps counts fixed as content grows.
  project.keepOnlyCampaigns(['the-real-challenge']);
  for (const name of readdirSync(FIXTURE_CAMPAIGNS)) {
    cpSync(join(FIXTURE_CAMPAIGNS, name), join(project.root, 'content', 'campaigns', name));
  }
  project.pruneUncitedSources();
  const result = project.build();
  if (result.status !== 0) {
    project.remove();
    throw new Error(`The search fixture did not build:\n${result.output}`);
  }
  return { ...project, dist: join(project.root, 'dist') };
}
