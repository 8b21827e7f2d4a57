import { describe, expect, it } from 'vitest';
import { bibtexEscape, citationBibtex, citationText, listNames, type CaseStudyCitation } from '../../../src/lib/figures/citation.ts';
import { editUrl } from '../../../src/lib/site/paths.ts';
import { SITE } from '../../../src/site.config.ts';

const citation: CaseStudyCitation = {
  id: 'the-real-challenge',
  title: '#TheRealChallenge',
  leads: ['UNICEF', 'EU'],
  year: 2019,
  url: 'https://causeway.example.org/campaigns/the-real-challenge/',
  version: new Date('2025-03-04T12:00:00Z'),
  siteName: 'Causeway',
};

describe('listNames', () => {
  it('joins names the way a sentence does', () => {
    expect(listNames([])).toBe('');
    expect(listNames(['UNICEF'])).toBe('UNICEF');
    expect(listNames(['UNICEF', 'EU'])).toBe('UNICEF and EU');
    expect(listNames(['A', 'B', 'C'])).toBe('A, B and C');
  });
});

describe('citationText', () => {
  it('names the site, the case study, its leads and year, the URL and the date of this version', () => {
    expect(citationText(citation)).toBe(
      'Causeway contributors. “#TheRealChallenge: a 2019 campaign by UNICEF and EU.” Causeway. https://causeway.example.org/campaigns/the-real-challenge/ (version of 2025-03-04).',
    );
  });
  it('still reads well when no organisation led', () => {
    expect(citationText({ ...citation, leads: [] })).toContain('“#TheRealChallenge: a 2019 campaign.”');
  });
});

describe('bibtexEscape', () => {
  it('escapes every character BibTeX treats specially', () => {
    expect(bibtexEscape('#Tag & 50% of $5_000 {x}')).toBe('\\#Tag \\& 50\\% of \\$5\\_000 \\{x\\}');
    expect(bibtexEscape('a~b^c\\d')).toBe('a\\textasciitilde{}b\\textasciicircum{}c\\textbackslash{}d');
  });
});

describe('citationBibtex', () => {
  it('is a @misc entry keyed by the slug, with an escaped title and the URL', () => {
    expect(citationBibtex(citation)).toBe(
      [
        '@misc{causeway-the-real-challenge,',
        '  author       = {{Causeway contributors}},',
        '  title        = {{\\#TheRealChallenge}},',
        '  howpublished = {Causeway case study},',
        '  year         = {2025},',
        '  url          = {https://causeway.example.org/campaigns/the-real-challenge/},',
        '  urldate      = {2025-03-04},',
        '  note         = {A 2019 campaign by UNICEF and EU}',
        '}',
      ].join('\n'),
    );
  });
  it('has balanced braces whatever the title holds', () => {
    const bib = citationBibtex({ ...citation, title: 'Odd {title} with } and {' });
    const depth = [...bib].reduce((d, ch, i) => (bib[i - 1] === '\\' ? d : ch === '{' ? d + 1 : ch === '}' ? d - 1 : d), 0);
    expect(depth).toBe(0);
  });
});

describe('editUrl', () => {
  it('points at the file on the repository branch set in site.config.ts', () => {
    expect(editUrl('content/campaigns/x.mdx')).toBe(`${SITE.repository}/edit/${SITE.branch}/content/campaigns/x.mdx`);
    expect(editUrl('./content/campaigns/x.mdx')).toBe(`${SITE.repository}/edit/${SITE.branch}/content/campaigns/x.mdx`);
  });
});
