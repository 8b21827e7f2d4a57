import { describe, expect, it } from 'vitest';
import { flagValues, normaliseHashtag, pickCountry, pickId, skeleton, slugify } from '../../../src/lib/content/scaffold.ts';
import { splitFrontmatter } from '../../../src/lib/content/check.node.ts';
import { yamlFindings } from '../../../src/lib/content/yaml-rules.ts';
import * as yaml from 'js-yaml';

describe('slugify', () => {
  it('makes a file name from a title or hashtag', () => {
    expect(slugify('#TheRealChallenge')).toBe('the-real-challenge');
    expect(slugify('#ForClimate Week 2024')).toBe('for-climate-week-2024');
    expect(slugify('Éducation pour tous !')).toBe('education-pour-tous');
    expect(slugify('###')).toBe('');
  });
});

describe('normaliseHashtag', () => {
  it('adds the # and refuses what cannot be a hashtag', () => {
    expect(normaliseHashtag('ForClimate')).toBe('#ForClimate');
    expect(normaliseHashtag('#ForClimate')).toBe('#ForClimate');
    expect(normaliseHashtag('For Climate')).toBeUndefined();
  });
});

describe('skeleton', () => {
  it('is readable YAML with the given values, quoting titles that YAML would misread', () => {
    const text = skeleton({ title: '#Stay: Home', hashtag: '', organisations: ['unicef'], causes: ['refugees'], year: 2026 });
    const data = yaml.load(splitFrontmatter(text)!.frontmatter) as Record<string, unknown>;
    expect(data).toMatchObject({ title: '#Stay: Home', hashtags: [], causes: ['refugees'], launched: 2026 });
  });

  it('keeps to the YAML rules: each placeholder comment on a line of its own, below its field', () => {
    const text = skeleton({ title: '#Stay: Home', hashtag: '', organisations: ['unicef'], causes: ['refugees'], year: 2026 });
    expect(yamlFindings(splitFrontmatter(text)!.frontmatter)).toEqual([]);
    expect(text).toContain('launched: 2026\n# TODO(the launch date');
  });
});

describe('skeleton of several organisations, causes, mechanics and countries', () => {
  const text = skeleton({
    title: '#Stay',
    hashtag: 'Stay',
    organisations: ['unicef', 'european-union'],
    causes: ['refugees', 'child-rights'],
    mechanics: ['hashtag-challenge', 'creator-partnerships'],
    countries: ['FR', 'BE'],
    year: 2026,
  });
  const data = yaml.load(splitFrontmatter(text)!.frontmatter) as Record<string, unknown>;

  it('writes every one of them, in the order given', () => {
    expect(data).toMatchObject({
      organisations: [
        { id: 'unicef', role: 'lead' },
        { id: 'european-union', role: 'lead' },
      ],
      causes: ['refugees', 'child-rights'],
      mechanics: ['hashtag-challenge', 'creator-partnerships'],
      countries: ['FR', 'BE'],
    });
  });
  it('leaves no placeholder below a field that was given, and keeps to the YAML rules', () => {
    expect(text).toContain('mechanics: [hashtag-challenge, creator-partnerships]\nlaunched:');
    expect(text).toContain('countries: [FR, BE]\nlanguages:');
    expect(yamlFindings(splitFrontmatter(text)!.frontmatter)).toEqual([]);
  });
});

describe('the draft a skeleton is', () => {
  it('is draft: true, since a new case study is not published before its independent check', () => {
    const text = skeleton({ title: 'A', hashtag: '', organisations: ['unicef'], causes: ['refugees'], year: 2026 });
    expect(yaml.load(splitFrontmatter(text)!.frontmatter)).toMatchObject({ draft: true });
  });
});

describe('flagValues (a repeated flag of npm run new)', () => {
  const organisations = [
    { id: 'unicef', name: 'UNICEF' },
    { id: 'ifrc', name: 'IFRC' },
    { id: 'tiktok', name: 'TikTok' },
  ];
  const pick = (value: string) => pickId(value, organisations, 'organisation');

  it('keeps every value, in the order given, each once', () => {
    expect(flagValues('organisation', ['ifrc', 'unicef', 'ifrc', 'tiktok'], pick)).toEqual({ values: ['ifrc', 'unicef', 'tiktok'], errors: [] });
    expect(flagValues('organisation', ['unicef', '1'], pick)).toEqual({ values: ['unicef'], errors: [] });
    expect(flagValues('organisation', undefined, pick)).toEqual({ values: [], errors: [] });
  });

  it('names the flag, the value and the fix for each unknown id', () => {
    const { values, errors } = flagValues('organisation', ['unicfe', 'ifrc', 'nobody'], pick);
    expect(values).toEqual(['ifrc']);
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^--organisation "unicfe" is not an organisation in content\/organisations\/\. Did you mean "unicef"\? Fix: /);
    expect(errors[1]).toMatch(/^--organisation "nobody" is not an organisation in content\/organisations\/\. Fix: give the id of a file in content\/organisations\//);
    expect(errors[1]).toContain('CONTRIBUTING.md');
  });

  it('reads country codes, and says how to write one that is not', () => {
    expect(flagValues('country', ['FR', 'BR', 'FR'], pickCountry).values).toEqual(['FR', 'BR']);
    expect(flagValues('country', ['fr', 'XX'], pickCountry).errors).toEqual([
      '--country "fr" is written in lower case. Fix: write FR.',
      '--country "XX" is not an ISO 3166-1 alpha-2 country code. Fix: write two capital letters, such as FR, BR or KE.',
    ]);
  });
});
