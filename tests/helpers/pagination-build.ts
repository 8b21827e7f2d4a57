/**
 * The pagination fixture: a copy of the project whose case studies are PAGED clones of the
 * fixture catalogue's (and #TheRealChallenge), the clones all sharing a cause, an organisation,
 * a mechanic, a country, a language, a launch year and a playbook theme, so that every
 * paginated listing (/campaigns/, each kind of term page, a playbook theme and a timeline year)
 * runs to three pages: the first, a middle and a last one. The real content grows towards 10,000 case studies; until it holds more than a
 * page of each kind, only this build shows tests a page 2. Made at test time in a temporary
 * copy; nothing is written to content/. No `vitest` import here: the global setup uses this module.
 */
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { addDays, cloneCampaign, setFrontmatter } from '../../scripts/scale/grow.ts';
import { CATALOGUE } from './catalogue-build.ts';
import type { FixtureProject } from './fixture-project.ts';

/** How many clones: past two pages of 24, so that every shared listing has a middle page. */
export const PAGED = 50;

/**
 * The shared cause, and two that fewer clones share: one just past a page, one exactly a page.
 * #TheRealChallenge, which joins the clones as it is, has none of them.
 */
export const CAUSES = { all: 'climate-action', pastOnePage: 'public-health', onePage: 'refugees' } as const;

/**
 * The slug of clone `k` (0-based, oldest first). Zero-padded, so that slugs sort as their
 * numbers and ties of launch date (broken by slug) read in that order.
 */
export const pagedSlug = (k: number) => `paged-${String(k + 1).padStart(2, '0')}`;

/**
 * Launch dates come in pairs (the oldest clone alone, then 1–2, 3–4, …), a week apart, all in
 * 2021. A pair shares a day and is ordered by slug, and with 50 clones pairs sit across every
 * page boundary of a listing read newest first (items 24–25 and 48–49) and of one read oldest
 * first, so a tie that a page cuts in two shows whether pages keep the listing's order.
 */
export const pagedLaunch = (k: number) => addDays('2021-01-04', 7 * Math.floor((k + 1) / 2));

/**
 * Partner organisations of its own for each clone, so that the organisations index (100 to a
 * page) runs past one page: PAGED × PARTNERS_EACH of them, plus the catalogue's.
 */
export const PARTNERS_EACH = 3;
export const partnerId = (n: number) => `paged-partner-${String(n + 1).padStart(3, '0')}`;

/** The frontmatter fields every clone gets, past its new title and hashtags. */
function pagedFields(k: number): Record<string, string | undefined> {
  const causes = [
    CAUSES.all,
    ...(k < 25 ? [CAUSES.pastOnePage] : []), // 25 case studies: pages of 24 and 1
    ...(k < 24 ? [CAUSES.onePage] : []), // 24 case studies: one page, no links to others
  ];
  return {
    launched: pagedLaunch(k),
    ended: undefined,
    causes: JSON.stringify(causes),
    // UNICEF leads four in five and partners the rest, so its page runs its lead group into its
    // partner group across a page boundary.
    organisations: JSON.stringify([
      { id: 'unicef', role: k % 5 === 0 ? 'partner' : 'lead' },
      { id: 'tiktok', role: 'platform' },
      ...Array.from({ length: PARTNERS_EACH }, (_, j) => ({ id: partnerId(k * PARTNERS_EACH + j), role: 'partner' })),
    ]),
    mechanics: JSON.stringify(['hashtag-challenge']),
    countries: JSON.stringify(['FR']),
    languages: JSON.stringify(['fr']),
    lessons: JSON.stringify([{ theme: 'speed', text: `A made-up lesson, number ${k + 1}.`, source: 'mau-student-blog-2020' }]),
  };
}

const REAL = 'the-real-challenge.mdx';

/**
 * Replaces the copy's case studies with PAGED clones of the catalogue's short ones, taken in
 * turn, and the catalogue's #TheRealChallenge as it is, which the About page links to. (Not
 * clones of it: its dates and sources belong to 2019, and its long page would only slow the
 * build.) Every clone cites mau-student-blog-2020, which its lesson cites too, and shows its
 * lesson, so that its page links back to the playbook theme that lists it.
 */
export function usePaginationFixture(project: FixtureProject): void {
  project.keepOnlyCampaigns([]);
  const campaigns = join(project.root, 'content', 'campaigns');
  cpSync(join(CATALOGUE, 'campaigns', REAL), join(campaigns, REAL));
  const originals = readdirSync(join(CATALOGUE, 'campaigns'))
    .filter((name) => name !== REAL)
    .sort()
    .map((name) => readFileSync(join(CATALOGUE, 'campaigns', name), 'utf8'));
  for (let n = 0; n < PAGED * PARTNERS_EACH; n++) {
    const name = `Paged Partner ${String(n + 1).padStart(3, '0')}`;
    writeFileSync(
      join(project.root, 'content', 'organisations', `${partnerId(n)}.yaml`),
      `name: ${name}\nkind: ngo\ndescription: A made-up organisation of the pagination fixture, one of enough to fill the organisations index past a page.\n`,
    );
  }
  for (let k = 0; k < PAGED; k++) {
    const clone = setFrontmatter(cloneCampaign(originals[k % originals.length]!, { n: k + 1 }), pagedFields(k));
    writeFileSync(join(campaigns, `${pagedSlug(k)}.mdx`), clone.includes('<Lessons />') ? clone : `${clone.trimEnd()}\n\n<Lessons />\n`);
  }
  project.pruneUnreferenced();
}
