/**
 * `npm run new` end to end, in a copy of the project: it writes a skeleton, the checker refuses
 * the skeleton's placeholders and nothing else, and once they are filled in (and the draft line
 * deleted, as after its independent check) the case study
 * builds, is indexed for search and is listed on its cause and organisation pages (checked
 * when the build has those pages).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check.node.ts';
import { PLACEHOLDER_TOKEN } from '../../src/lib/content/placeholders.ts';
import { fixtureProject } from '../helpers/fixtures/project.ts';
import { useCatalogue } from '../helpers/fixtures/catalogue-build.ts';

const NODE = resolve('node_modules/.bin/node');
const SCRIPT = resolve('scripts/new.ts');
const FILE = 'content/campaigns/fixture-for-the-planet.mdx';
const FLAGS = [
  '--title',
  '#FixtureForThePlanet',
  '--hashtag',
  'FixtureForThePlanet',
  '--organisation',
  'ifrc',
  '--cause',
  'climate-action',
];

/**
 * Fills every placeholder the way a contributor would, citing sources the project has, on two
 * sites as every case study needs.
 */
function fillIn(text: string): string {
  return (
    text
      .replace(/\n# TODO\([^)]*\)/g, '')
      // As once its independent check is done: a draft has no page.
      .replace(/^draft: true\n/m, '')
      .replace(/^summary: .*$/m, 'summary: A made-up campaign used to test that a new case study builds.')
      .replace(
        'metrics: []',
        'metrics: [{ kind: views, value: 1000, qualifier: over, scope: { type: campaign }, source: mau-student-blog-2020 }]',
      )
      .replace(/^sources: \[\]$/m, 'sources: [cannes-lions-2020-the-real-challenge]')
      .replace(
        /^TODO\(in your own words.*$/m,
        'A made-up context paragraph <Cite id="mau-student-blog-2020" passage="A made-up passage of the source." />.',
      )
      .replace(/^TODO\([^)]*\)$/gm, 'A made-up paragraph.')
  );
}

/** The text Pagefind indexed for a URL, read from its compressed fragments. */
function indexedText(dist: string, url: string): string | undefined {
  const dir = join(dist, 'pagefind', 'fragment');
  for (const name of readdirSync(dir)) {
    const json = gunzipSync(readFileSync(join(dir, name)))
      .toString('utf8')
      .replace(/^pagefind_dcd/, '');
    const fragment = JSON.parse(json) as { url: string; content: string };
    if (fragment.url === url) return fragment.content;
  }
  return undefined;
}

describe('npm run new', () => {
  // On the catalogue's content, so that this build does not grow with content/.
  const project = fixtureProject();
  useCatalogue(project);
  afterAll(() => project.remove());
  const run = () => spawnSync(NODE, [SCRIPT, ...FLAGS], { cwd: project.root, encoding: 'utf8' });
  const first = run();
  const skeleton = existsSync(join(project.root, FILE)) ? project.read(FILE) : '';
  const second = run();
  const skeletonProblems = checkContent(project.root).problems;
  project.write(FILE, fillIn(skeleton));
  const filledProblems = checkContent(project.root).problems;
  const build = filledProblems.length === 0 ? project.build() : { status: null, output: 'not built: the filled-in file is invalid' };
  const dist = join(project.root, 'dist');

  it('writes content/campaigns/<slug>.mdx from the flags', () => {
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain(`Wrote ${FILE}.`);
    expect(skeleton).toContain('title: "#FixtureForThePlanet"');
    expect(skeleton).toContain('hashtags: ["#FixtureForThePlanet"]');
    expect(skeleton).toContain('- { id: ifrc, role: lead }');
    expect(skeleton).toContain('causes: [climate-action]');
  });

  it('refuses to overwrite an existing file', () => {
    expect(second.status).toBe(1);
    expect(second.stderr).toContain(`${FILE} already exists; nothing was written.`);
    expect(project.read(FILE).startsWith(skeleton.slice(0, 40))).toBe(true);
  });

  it('leaves a skeleton the checker refuses for its placeholders, and for nothing else', () => {
    expect(skeletonProblems.length).toBe(skeleton.split(PLACEHOLDER_TOKEN).length - 1);
    for (const problem of skeletonProblems) {
      expect(problem.file).toBe(FILE);
      expect(problem.message).toMatch(/^[a-z]+ \(line \d+\): the placeholder TODO\(/);
    }
  });

  it('passes the checker once every placeholder is filled in', () => {
    expect(filledProblems).toEqual([]);
  });

  it('builds, with a page for the case study', () => {
    expect(build.status, build.output.slice(-2000)).toBe(0);
    expect(readFileSync(join(dist, 'campaigns/fixture-for-the-planet/index.html'), 'utf8')).toContain('#FixtureForThePlanet');
  });

  it('is in the search index', () => {
    expect(indexedText(dist, '/campaigns/fixture-for-the-planet/')).toContain('A made-up context paragraph');
  });

  // The cause and organisation pages come with the explorer; until they are in the build these skip.
  it.skipIf(!existsSync(join(dist, 'causes')))('is listed on its cause page', () => {
    expect(readFileSync(join(dist, 'causes/climate-action/index.html'), 'utf8')).toContain('href="/campaigns/fixture-for-the-planet/"');
  });
  it.skipIf(!existsSync(join(dist, 'organisations')))('is listed on its organisation page', () => {
    expect(readFileSync(join(dist, 'organisations/ifrc/index.html'), 'utf8')).toContain('href="/campaigns/fixture-for-the-planet/"');
  });
}, 180_000);
