/**
 * The "Propose a case study" form offers what content/ holds: its file is written by `npm run
 * issue-form` from the form's definition and the ids of content/, and fails here when an
 * organisation, cause or mechanic was added, renamed or removed since (run it again).
 */
import { readFileSync } from 'node:fs';
import * as yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { knownContent } from '../../src/lib/content/from-issue/known.node.ts';
import { FORM_FILE, formYaml, idsInAnswer } from '../../src/lib/content/from-issue/form.ts';

describe(FORM_FILE, () => {
  const known = knownContent(process.cwd());
  const committed = readFileSync(FORM_FILE, 'utf8');
  const form = yaml.load(committed) as { body: { id?: string; attributes: { options?: string[] } }[] };
  const options = (id: string) => idsInAnswer((form.body.find((e) => e.id === id)?.attributes.options ?? []).join(', '));

  it('offers exactly the ids of content/organisations/, causes/ and mechanics/ (else: npm run issue-form)', () => {
    expect(options('lead')).toEqual(known.organisations.map((o) => o.id));
    expect(options('causes')).toEqual(known.causes.map((c) => c.id));
    expect(options('mechanics')).toEqual(known.mechanics.map((m) => m.id));
  });

  it('is what npm run issue-form writes today', () => {
    expect(committed).toBe(formYaml(known));
  });
});
