/**
 * `npm run issue-form`: writes .github/ISSUE_TEMPLATE/propose-case-study.yml, the "Propose a
 * case study" form, with the organisations, causes and mechanics content/ has today as its
 * choices. Run it after adding one; a unit test fails while the form is stale.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { knownContent } from '../src/lib/content/from-issue/known.node.ts';
import { FORM_FILE, formYaml } from '../src/lib/content/from-issue/form.ts';
import { parseCli } from './cli.ts';

parseCli(
  `Usage: npm run issue-form

Writes ${FORM_FILE}, the "Propose a case study" issue form, with the ids of content/organisations/,
content/causes/ and content/mechanics/ as its choices.`,
  {},
);

writeFileSync(join(process.cwd(), FORM_FILE), formYaml(knownContent(process.cwd())));
console.log(`Wrote ${FORM_FILE}.`);
