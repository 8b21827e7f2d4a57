import { describe, expect, it } from 'vitest';
import { normaliseHashtag, skeleton, slugify } from '../../../src/lib/content/scaffold.ts';
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
    const text = skeleton({ title: '#Stay: Home', hashtag: '', organisation: 'unicef', cause: 'refugees', year: 2026 });
    const data = yaml.load(splitFrontmatter(text)!.frontmatter) as Record<string, unknown>;
    expect(data).toMatchObject({ title: '#Stay: Home', hashtags: [], causes: ['refugees'], launched: 2026 });
  });

  it('keeps to the YAML rules: each placeholder comment on a line of its own, below its field', () => {
    const text = skeleton({ title: '#Stay: Home', hashtag: '', organisation: 'unicef', cause: 'refugees', year: 2026 });
    expect(yamlFindings(splitFrontmatter(text)!.frontmatter)).toEqual([]);
    expect(text).toContain('launched: 2026\n# TODO(the launch date');
  });
});
