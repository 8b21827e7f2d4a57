/** How a source's title is shown (src/lib/model/sources.ts): a headline in its language, or our [description]. */
import { describe, expect, it } from 'vitest';
import { shownTitle } from '../../../src/lib/model/sources.ts';

describe('shownTitle', () => {
  it('shows an English headline as it is, with no language of its own', () => {
    expect(shownTitle({ title: 'It’s TikTok’s turn to be woke', language: 'en' })).toEqual({
      text: 'It’s TikTok’s turn to be woke',
      lang: undefined,
      translation: undefined,
      untitled: false,
    });
  });
  it('marks a headline in another language with its language, and gives its English', () => {
    expect(shownTitle({ title: 'Un titre', titleTranslation: 'A title', language: 'fr' })).toEqual({
      text: 'Un titre',
      lang: 'fr',
      translation: 'A title',
      untitled: false,
    });
  });
  it('shows a [description] as ours: brackets kept, in English, whatever the source’s language', () => {
    expect(shownTitle({ title: '[Elton John’s World AIDS Day event on his TikTok channel]', language: 'fr' })).toEqual({
      text: '[Elton John’s World AIDS Day event on his TikTok channel]',
      lang: undefined,
      translation: undefined,
      untitled: true,
    });
  });
});
