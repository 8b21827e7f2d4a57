/** The built search index: what is in it, with which filters and metadata, and no glued words. */
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as yaml from 'js-yaml';
import { DIST, requireBuild } from '../helpers/dist.ts';
import { contentWords, gluedWords, readFragments } from '../helpers/pagefind-index.ts';
import { fixtureProject } from '../helpers/fixture-project.ts';
import { catalogue } from '../helpers/catalogue.ts';
import { useCatalogue } from '../helpers/catalogue-build.ts';

interface Front {
  title: string;
  hashtags?: string[];
  draft?: boolean;
  causes: string[];
  mechanics?: string[];
  organisations: { id: string }[];
}
const campaigns = readdirSync('content/campaigns')
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => ({
    slug: name.replace(/\.mdx$/, ''),
    front: yaml.load(readFileSync(join('content/campaigns', name), 'utf8').split('---')[1]!) as Front,
  }))
  .filter((c) => !c.front.draft);

describe('the search index', () => {
  requireBuild();
  const fragments = readFragments(DIST);

  it('holds the case studies and nothing else', () => {
    expect(fragments.map((f) => f.url)).toEqual(campaigns.map((c) => `/campaigns/${c.slug}/`).sort());
  });

  for (const { slug, front } of campaigns) {
    it(`${slug}: filters by id and carries hashtag, summary and organisation meta`, () => {
      const fragment = fragments.find((f) => f.url === `/campaigns/${slug}/`)!;
      expect(fragment.filters.cause?.sort()).toEqual([...front.causes].sort());
      expect(fragment.filters.organisation?.sort()).toEqual(front.organisations.map((o) => o.id).sort());
      expect(fragment.filters.mechanic?.sort() ?? []).toEqual([...(front.mechanics ?? [])].sort());
      expect(fragment.filters.year).toHaveLength(1);
      expect(fragment.filters.kind?.length).toBeGreaterThan(0);
      expect(fragment.meta.title).toBe(front.title);
      expect(fragment.meta.hashtag).toBe(front.hashtags?.[0] ?? '');
      expect(fragment.meta.summary).toBeTruthy();
      expect(fragment.meta.organisation).toBeTruthy();
    });
  }

  it('has no words glued together', () => {
    const allowed = contentWords(resolve('.'));
    for (const fragment of fragments) expect(gluedWords(fragment.content, allowed), fragment.url).toEqual([]);
  });
});

describe('the search index of the fixture catalogue', () => {
  const { root, dist } = catalogue();
  const real = () => readFragments(dist).find((f) => f.url === '/campaigns/the-real-challenge/')!;

  it('indexes every name and alias of a campaign’s organisations', () => {
    for (const name of ["United Nations Children's Fund", 'UNICEF', 'European External Action Service', 'ByteDance']) {
      expect(real().content).toContain(name);
    }
  });

  it('has no words glued together, even in phrases that straddle inline elements', () => {
    const allowed = contentWords(root);
    for (const fragment of readFragments(dist)) expect(gluedWords(fragment.content, allowed), fragment.url).toEqual([]);
    expect(real().content).toContain('Launched 25 October 2019');
    expect(real().content).toMatch(/1\.2 million shares(?![a-z])/);
  });
});

// Proof that the tests above can fail: Astro 7's default compression ('jsx') glues words.
describe('the glued-words check on a build with compressHTML: "jsx"', () => {
  const project = fixtureProject();
  useCatalogue(project);
  afterAll(() => project.remove());
  const config = join(project.root, 'astro.config.mjs');
  const source = readFileSync(config, 'utf8');
  rmSync(config);
  writeFileSync(config, source.replace('compressHTML: true', "compressHTML: 'jsx'"));
  const result = project.build();

  it('finds glued words', () => {
    expect(result.status, result.output).toBe(0);
    const glued = readFragments(join(project.root, 'dist')).flatMap((f) => gluedWords(f.content, contentWords(project.root)));
    expect(glued).toContain('DatesLaunched25');
  });
}, 120_000);
