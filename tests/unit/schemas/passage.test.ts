/** Passages (src/schemas/passage.ts): the source's own words, short enough to be a quotation. */
import { describe, expect, it } from 'vitest';
import { missingPassageFix, PASSAGE_MAX_WORDS, passageProblem, passageWords } from '../../../src/schemas/passage.ts';

describe('passageWords', () => {
  it('counts words, not the ellipses that mark cuts', () => {
    expect(passageWords('The campaign … reached 2.6 billion views … in a week.')).toEqual([
      'The',
      'campaign',
      'reached',
      '2.6',
      'billion',
      'views',
      'in',
      'a',
      'week.',
    ]);
  });
});

describe('passageProblem', () => {
  it(`accepts up to ${PASSAGE_MAX_WORDS} words`, () => {
    expect(passageProblem('word '.repeat(PASSAGE_MAX_WORDS))).toBeUndefined();
  });
  it('refuses a longer or an empty passage, saying how to fix it', () => {
    expect(passageProblem('word '.repeat(PASSAGE_MAX_WORDS + 1))).toMatch(/^has 51 words, more than 50\. Fix: /);
    expect(passageProblem('  ')).toMatch(/^is empty\. Fix: /);
  });
});

describe('missingPassageFix', () => {
  it('writes the missing fields as the file they are missing from writes them', () => {
    const mdx = missingPassageFix((name, words) => `${name}="${words}"`);
    expect(mdx).toMatch(/^add passage="…the source's own words…", copied verbatim/);
    expect(mdx).toContain(`at most ${PASSAGE_MAX_WORDS} words`);
    expect(mdx).toContain('add translation="…their English…"');
    expect(missingPassageFix((name, words) => `${name}: "${words}"`)).toMatch(/^add passage: "…the source's own words…"/);
  });
});
