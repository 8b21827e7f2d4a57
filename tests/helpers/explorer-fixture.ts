/**
 * A built copy of the site with four extra, made-up case studies, so that listings, filters,
 * related case studies, role groups and date precision can be tested with more than the one
 * real case study. The campaigns exist only here, never in content/; they reuse real source
 * ids only so that references resolve.
 */
import { join } from 'node:path';
import * as yaml from 'js-yaml';
import { fixtureProject, type FixtureProject } from './fixture-project.ts';

/** The one real case study kept beside the made-up ones, so counts and orders stay fixed as content grows. */
const KEEP = 'the-real-challenge';

const SOURCE = 'mau-student-blog-2020';
const summary = 'A made-up campaign used only by tests.';
const views = (value: number, qualifier = 'rounded') => ({ kind: 'views', value, qualifier, scope: { type: 'campaign' }, source: SOURCE });
const platform = { id: 'tiktok', role: 'platform' };

/** Frontmatter of each made-up case study, by slug, as the campaign schema reads it. */
export const FIXTURE_CAMPAIGNS: Record<string, Record<string, unknown>> = {
  // Month-precise launch; shares a cause, UNICEF and a mechanic with the real case study.
  'fixture-alpha': {
    title: 'Fixture Alpha',
    hashtags: ['#FixtureAlpha'],
    summary,
    organisations: [{ id: 'unicef', role: 'lead' }, platform],
    causes: ['climate-action', 'child-rights'],
    mechanics: ['hashtag-challenge'],
    launched: '2021-03',
    countries: ['FR', 'BR'],
    languages: ['fr', 'pt-BR'],
    metrics: [views(500_000_000)],
  },
  // Year-precise launch, no figures at all.
  'fixture-beta': {
    title: 'Fixture Beta',
    summary,
    organisations: [{ id: 'ifrc', role: 'lead' }, platform],
    causes: ['refugees'],
    mechanics: ['live-event'],
    launched: 2018,
  },
  'fixture-gamma': {
    title: 'Fixture Gamma',
    hashtags: ['#FixtureGamma'],
    summary,
    organisations: [{ id: 'world-economic-forum', role: 'lead' }, { id: 'unicef', role: 'partner' }, platform],
    causes: ['climate-action'],
    mechanics: ['music', 'hashtag-challenge'],
    launched: '2021-07-01',
    metrics: [views(1_000_000, 'over')],
    lessons: [{ theme: 'speed', text: 'A made-up lesson used only by tests.', source: SOURCE }],
  },
  'fixture-delta': {
    title: 'Fixture Delta',
    summary,
    organisations: [{ id: 'ifrc', role: 'partner' }, platform],
    causes: ['public-health'],
    mechanics: ['quiz'],
    launched: '2020-05-10',
    metrics: [views(50_000_000)],
  },
};

export interface BuiltFixture {
  project: FixtureProject;
  dist: string;
}

/** Writes the fixture campaigns into a copy of the project and builds it; throws with the output if the build fails. */
export function buildExplorerFixture(): BuiltFixture {
  const project = fixtureProject();
  const body = 'A made-up case study used only by tests.\n\n<Results />\n\n<Quotations />\n\n<Lessons />\n';
  project.keepOnlyCampaigns([KEEP]);
  for (const [slug, data] of Object.entries(FIXTURE_CAMPAIGNS)) {
    project.write(`content/campaigns/${slug}.mdx`, `---\n${yaml.dump(data)}---\n\n${body}`);
  }
  project.pruneUncitedSources();
  const result = project.build();
  if (result.status !== 0) {
    project.remove();
    throw new Error(`The explorer fixture did not build:\n${result.output}`);
  }
  return { project, dist: join(project.root, 'dist') };
}
