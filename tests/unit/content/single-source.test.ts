/**
 * The rule of at least two sites (issue 23): how a source's address is counted as a site, what
 * counts as the body's first paragraph, which wordings of it say plainly that a case study
 * rests on a single source, and the check over a set of entries. The rule over a whole project
 * is the fixture tests/fixtures/bad-content/single-site.
 */
import { describe, expect, it } from 'vitest';
import { firstParagraph, saysSingleSource, siteOf, sitesOf } from '../../../src/lib/content/single-source.ts';
import { singleSiteProblems } from '../../../src/lib/content/rules.node.ts';
import type { LoadedEntry } from '../../../src/lib/content/load.node.ts';

describe('siteOf', () => {
  it('is the registrable domain: www. and other subdomains of one site are that site', () => {
    expect(siteOf('https://www.weforum.org/stories/2021/02/davos/')).toBe('weforum.org');
    expect(siteOf('https://newsroom.tiktok.com/en-us/a-post')).toBe('tiktok.com');
    expect(siteOf('https://www.tiktok.com/@unicef')).toBe('tiktok.com');
    expect(siteOf('https://jordan.unfpa.org/en/news/x')).toBe('unfpa.org');
    expect(siteOf('https://www2.dubailynx.com/winners')).toBe('dubailynx.com');
    expect(siteOf('https://weforum.org/')).toBe('weforum.org');
  });

  it('keeps one label more under the common two-level suffixes', () => {
    expect(siteOf('https://www.bbc.co.uk/news/x')).toBe('bbc.co.uk');
    expect(siteOf('https://www1.folha.uol.com.br/mercado/x.shtml')).toBe('uol.com.br');
    expect(siteOf('https://voi.co.id/berita/x')).toBe('voi.co.id');
    expect(siteOf('https://en.dailypakistan.com.pk/x')).toBe('dailypakistan.com.pk');
    expect(siteOf('https://www.thenews.com.pk/x')).toBe('thenews.com.pk');
    expect(siteOf('https://www.iol.co.za/x')).toBe('iol.co.za');
    expect(siteOf('https://kknews.co.jp/x')).toBe('kknews.co.jp');
    // Not a two-level suffix: the last two labels are the site.
    expect(siteOf('https://techjuice.pk/x')).toBe('techjuice.pk');
    expect(siteOf('https://www.presseportal.de/pm/x')).toBe('presseportal.de');
  });

  it('counts each blog of a hosting platform as its own site', () => {
    expect(siteOf('https://latesttechnology92.blogspot.com/2021/x.html')).toBe('latesttechnology92.blogspot.com');
    expect(siteOf('https://someone.wordpress.com/x')).toBe('someone.wordpress.com');
  });

  it('ignores case, a trailing dot, a port and the path; an IP address is itself', () => {
    expect(siteOf('https://WWW.Example.ORG./Report')).toBe('example.org');
    expect(siteOf('https://news.example.org:8443/x')).toBe('example.org');
    expect(siteOf('https://192.0.2.1/x')).toBe('192.0.2.1');
  });

  it('lists each site once, in order of first appearance', () => {
    expect(
      sitesOf(['https://newsroom.tiktok.com/a', 'https://www.business-standard.com/b', 'https://www.tiktok.com/c', 'https://www.iol.co.za/d']),
    ).toEqual(['tiktok.com', 'business-standard.com', 'iol.co.za']);
  });
});

describe('firstParagraph', () => {
  it('is the first block of prose, after any heading', () => {
    expect(firstParagraph('\nOne source only.\n\n## Context\n\nMore.')).toBe('One source only.');
    expect(firstParagraph('\n## Context\n\nThe first\nparagraph.\n\nThe second.')).toBe('The first paragraph.');
  });

  it('drops its <Cite /> markers, so that a passage cannot say it for the prose', () => {
    expect(firstParagraph('It ran in 2020 <Cite id="x" passage="This rests on a single source." translation=\'…\' />.')).toBe('It ran in 2020 .');
  });

  it('is undefined when the body opens with a component, or has no prose', () => {
    expect(firstParagraph('\n<Results />\n\nText.')).toBeUndefined();
    expect(firstParagraph('## Context\n')).toBeUndefined();
    expect(firstParagraph('')).toBeUndefined();
  });
});

describe('saysSingleSource', () => {
  // The opening wordings of the case studies on one source when the rule came in.
  const PUBLISHED = [
    'This case study rests on a single source: the World Economic Forum. No other readable account of the campaign was found.',
    'This case study rests on a single source, UNFPA Jordan’s own announcement of the competition; we found no other report of it.',
    'This case study rests mostly on a single source: a Gulf Today report dated 13 May 2020.',
    'This case study rests on a single source about the campaign: a report in Folha de S.Paulo.',
    'Everything on this page rests on one document: the joint press release that TikTok and UNICEF issued.',
    'Only one readable page describes this campaign: a report in the German marketing weekly Horizont.',
  ];
  it.each(PUBLISHED)('accepts "%s"', (paragraph) => {
    expect(saysSingleSource(paragraph)).toBe(true);
  });

  it('accepts the other plain wordings it documents', () => {
    expect(saysSingleSource('This case study has only one source.')).toBe(true);
    expect(saysSingleSource('The page relies entirely on one report by the organisers.')).toBe(true);
    expect(saysSingleSource('It is based on a single source.')).toBe(true);
    expect(saysSingleSource('IT RESTS ON A SINGLE SOURCE.')).toBe(true);
  });

  it('refuses loose keywords, other claims and a denial', () => {
    for (const paragraph of [
      'In January 2021 the Forum held a virtual week.',
      'The only other report found gives no figures.',
      'Not a single source reports results.',
      'One source gives 2 million views; another gives 3 million.',
      'The campaign ran on a single platform, in one country.',
      'The one independent page found confirms that IOM was on TikTok.',
      'This case study does not rest on a single source: it cites three.',
      'It is not based on a single source.',
      'This case study rests on TikTok’s own announcements and on news reports that reproduce them.',
    ])
      expect(saysSingleSource(paragraph), paragraph).toBe(false);
    expect(saysSingleSource(undefined)).toBe(false);
  });
});

describe('singleSiteProblems', () => {
  const source = (id: string, url: string): LoadedEntry => ({
    collection: 'sources',
    id,
    file: `content/sources/${id}.yaml`,
    source: '',
    data: { url },
  });
  const campaign = (id: string, sources: string[], body: string, text = ''): LoadedEntry => ({
    collection: 'campaigns',
    id,
    file: `content/campaigns/${id}.mdx`,
    source: text,
    data: { organisations: [], causes: [], mechanics: [], metrics: [], quotations: [], lessons: [], sources, objectives: [], targets: [], resources: [], awards: [], draft: true },
    body: { text: body, startLine: 5 },
  });
  const SOURCES = [
    source('newsroom', 'https://newsroom.tiktok.com/en-gb/a'),
    source('tiktok-page', 'https://www.tiktok.com/@charity'),
    source('press', 'https://www.bbc.co.uk/news/b'),
    source('other-bbc', 'https://news.bbc.co.uk/c'),
  ];
  const check = (...campaigns: LoadedEntry[]) => singleSiteProblems([...SOURCES, ...campaigns]);

  it('passes two sites', () => {
    expect(check(campaign('two', ['newsroom', 'press'], '\n## Context\n\nText.'))).toEqual([]);
  });

  it('refuses one site that the body does not own to, drafts included, naming the field, the site and the fix', () => {
    const problems = check(campaign('one', ['newsroom', 'tiktok-page'], '\n## Context\n\nText.'), campaign('uk', ['press', 'other-bbc'], 'Text.'));
    expect(problems.map((p) => p.file)).toEqual(['content/campaigns/one.mdx', 'content/campaigns/uk.mdx']);
    expect(problems[0]!.message).toMatch(/^sources: the case study cites sources on one site only \(tiktok\.com\), /);
    expect(problems[1]!.message).toContain('(bbc.co.uk)');
    expect(problems[0]!.message).toContain(
      'Fix: add a source on another site that you have read, or open the body with a paragraph saying plainly that the case study rests on a single source, e.g. "',
    );
  });

  it('passes one site when the first paragraph says so plainly, and only the first', () => {
    expect(check(campaign('said', ['newsroom'], '\n## Context\n\nThis case study rests on a single source: TikTok.\n\nText.'))).toEqual([]);
    expect(check(campaign('late', ['newsroom'], '\nText.\n\nThis case study rests on a single source: TikTok.'))).toHaveLength(1);
  });

  it('refuses a case study that cites no source at all', () => {
    expect(check(campaign('none', [], 'Text.'))[0]!.message).toMatch(/^sources: the case study cites no source, /);
  });

  it('stays quiet while a cited source is missing (reported elsewhere) or the file is a skeleton with placeholders', () => {
    expect(check(campaign('missing', ['newsroom', 'nowhere'], 'Text.'))).toEqual([]);
    expect(check(campaign('skeleton', [], 'TODO(in your own words)', 'TODO(in your own words)'))).toEqual([]);
  });
});
