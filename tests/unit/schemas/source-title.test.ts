/** A source's title is its headline as published, or a [description] of ours; the schema refuses what it can tell is neither. */
import { describe, expect, it } from 'vitest';
import { sourceSchema, titleIsDescription } from '../../../src/schemas/taxonomy.ts';

const base = { publisher: 'afaqs!', url: 'https://example.org/a', kind: 'press' };
const messages = (data: object) => {
  const result = sourceSchema.safeParse({ ...base, ...data });
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('titleIsDescription', () => {
  it('is true only for a title wholly in square brackets', () => {
    expect(titleIsDescription('[NSDC and TikTok launch Skills4All]')).toBe(true);
    expect(titleIsDescription('NSDC joins hands with TikTok')).toBe(false);
    expect(titleIsDescription('[Video] A headline')).toBe(false);
  });
});

describe('sourceSchema titles', () => {
  it('accepts a headline, and a [description] of ours', () => {
    expect(messages({ title: 'It’s TikTok’s turn to be woke' })).toEqual([]);
    expect(messages({ title: '[NSDC and TikTok launch Skills4All]' })).toEqual([]);
  });
  it('accepts a headline that ends in brackets that are not the publisher', () => {
    expect(messages({ title: 'Spoken word TikTok part of €100k vaccine promo plan (video)' })).toEqual([]);
  });
  it('refuses a description that ends with the publisher in brackets, and offers the bracketed form', () => {
    expect(messages({ title: 'NSDC and TikTok launch Skills4All (afaqs!)' })).toEqual([
      'title: "NSDC and TikTok launch Skills4All (afaqs!)" ends with the publisher in brackets, so it reads as a description written here. Fix: give the headline exactly as the page shows it, or, if no copy you have read shows one, a description in square brackets without the publisher: "[NSDC and TikTok launch Skills4All]"',
    ]);
    // The publisher's own bracketed note does not hide it: "Devdiscourse (ANI)" is named by "(Devdiscourse, from ANI)".
    expect(messages({ title: 'A report (Devdiscourse, from ANI)', publisher: 'Devdiscourse (ANI)' })).toHaveLength(1);
  });
  it('refuses a single square bracket', () => {
    expect(messages({ title: '[A description' })[0]).toContain('has only one square bracket');
  });
  it('asks for the English of a headline in another language, and refuses it where it does not belong', () => {
    expect(messages({ title: 'Un titre', language: 'fr' })).toEqual([
      'titleTranslation: the headline is in another language (language: fr). Fix: add titleTranslation with the headline in English',
    ]);
    expect(messages({ title: 'Un titre', titleTranslation: 'A title', language: 'fr' })).toEqual([]);
    expect(messages({ title: '[A report in French]', language: 'fr' })).toEqual([]);
    expect(messages({ title: '[A report in French]', titleTranslation: 'A report', language: 'fr' })[0]).toContain(
      'titleTranslation: a [description] is already in English',
    );
    expect(messages({ title: 'A title', titleTranslation: 'A title' })[0]).toContain('titleTranslation: the source is in English');
  });
});
