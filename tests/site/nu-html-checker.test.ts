/**
 * The Nu Html Checker over every page of the site, of the fixture catalogue (whose made-up case
 * studies reach template branches the real content may not) and the listings of several pages
 * of the pagination fixture, all in one Java process (about 300 pages). It knows what html-validate
 * (every-page.test.ts) does not: which ARIA attributes each element allows, and heading levels.
 * A page with known mistakes goes in the same run, so a clean run means something.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { allPages, DIST, fileFor, requireBuild } from '../helpers/dist.ts';
import { catalogue, paginated } from '../helpers/fixtures/catalogue.ts';
import { describeWith } from '../helpers/requirements.ts';
import { JAVA_INSTALL_HINT, javaAvailable, vnuErrors, type VnuMessage } from '../helpers/vnu.ts';

const KNOWN_ERRORS = resolve('tests/fixtures/nu-html-checker/known-errors.html');

describeWith('Nu Html Checker tests', javaAvailable() ? [] : [`Java was not found. Install it with: ${JAVA_INSTALL_HINT}`])(
  'the Nu Html Checker',
  () => {
    /** Each page's file, with how a problem line names it. */
    const names = new Map<string, string>();
    let errors: VnuMessage[];

    beforeAll(() => {
      requireBuild();
      const add = (prefix: string, dist: string, pages: string[]) => {
        for (const page of pages) names.set(fileFor(page, dist), `${prefix}${page}`);
      };
      add('', DIST, allPages(DIST));
      add('fixture catalogue ', catalogue().dist, allPages(catalogue().dist));
      // Its other pages, nearly half the run, are the catalogue's templates again: only the
      // listings of several pages are its own.
      const { dist } = paginated();
      add(
        'pagination fixture ',
        dist,
        allPages(dist).filter((p) => p.includes('/page/') || existsSync(fileFor(`${p}page/2/`, dist))),
      );
      errors = vnuErrors([...names.keys(), KNOWN_ERRORS]);
    }, 120_000);

    it('still reports a skipped heading level and a <pre> named by aria-labelledby (a clean run means something)', () => {
      expect(errors.filter((e) => e.file === KNOWN_ERRORS).map((e) => e.message)).toEqual(
        expect.arrayContaining([
          expect.stringContaining('The “aria-labelledby” attribute must not be specified on any “pre” element'),
          expect.stringContaining('The heading “h3” (with computed level 3) follows the heading “h1”'),
        ]),
      );
    });

    it('finds no error on any page of the three builds', () => {
      expect(names.size).toBeGreaterThan(250);
      const problems = errors
        .filter((e) => e.file !== KNOWN_ERRORS)
        .map((e) => `${names.get(e.file) ?? e.file}: ${e.message} (line ${e.line}, column ${e.column})`);
      expect(problems).toEqual([]);
    });
  },
);
